// The bundled SRD bestiary: conversion from the shared SRD files, figures on known creatures,
// installation into a store, and that no SRD sentence is bundled.
#include "TestSupport.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryBuilder.h"
#include "model/Creature.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

const Creature* findCreature(const QList<Creature>& list, const QString& name, RulesEdition rules)
{
    for (const Creature& creature : list) {
        if (creature.name == name && creature.rules == rules)
            return &creature;
    }
    return nullptr;
}

const CreatureAction* findAction(const QList<CreatureAction>& list, const QString& name)
{
    for (const CreatureAction& action : list) {
        if (action.name == name)
            return &action;
    }
    return nullptr;
}

QStringList srdDescriptions()
{
    QStringList result;
    const QDir dir(sharedDataDir() + QStringLiteral("/srd"));
    std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key() == QLatin1String("desc") && it.value().isString() &&
                    it.value().toString().size() > 40)
                    result << it.value().toString();
                else if (it.value().isArray() && it.key() == QLatin1String("desc")) {
                    for (const QJsonValue& line : it.value().toArray()) {
                        if (line.toString().size() > 40)
                            result << line.toString();
                    }
                } else {
                    collect(it.value());
                }
            }
        } else if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                collect(item);
        }
    };
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonDocument document = QJsonDocument::fromJson(fileBytes(dir.filePath(name)));
        collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    }
    return result;
}

} // namespace

class TestBestiary final : public QObject {
    Q_OBJECT

private slots:
    void resourceHoldsBothRuleSets()
    {
        Result<QList<Creature>> creatures = Bestiary::loadBundled();
        QVERIFY2(creatures.ok(), qPrintable(creatures.errorMessage()));
        int count2014 = 0;
        int count2024 = 0;
        QSet<QString> ids;
        for (const Creature& creature : *creatures) {
            QVERIFY(creature.isTemplate);
            QVERIFY2(creature.validate().isEmpty(),
                     qPrintable(creature.name + creature.validate().summary()));
            ids.insert(creature.id);
            if (creature.rules == RulesEdition::Srd2014) {
                ++count2014;
                QCOMPARE(creature.source, Bestiary::kSource2014);
            } else {
                ++count2024;
                QCOMPARE(creature.source, Bestiary::kSource2024);
            }
        }
        QCOMPARE(count2014, 334);
        QCOMPARE(count2024, 331);
        QCOMPARE(ids.size(), 665);
        QVERIFY(!Bestiary::bundledVersion().isEmpty());
    }

    // The committed resource is exactly what the converter makes from the shared SRD files.
    void converterReproducesTheCommittedResource()
    {
        Result<BestiaryBuilder::Output> built =
            BestiaryBuilder::build(sharedDataDir() + QStringLiteral("/srd"));
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QCOMPARE(built->count2014, 334);
        QCOMPARE(built->count2024, 331);
        QCOMPARE(built->version, Bestiary::bundledVersion());
        QCOMPARE(built->json,
                 fileBytes(QStringLiteral(DND_SOURCE_DIR "/resources/bestiary/srd-bestiary.json")));
    }

    void converterFailsClearlyOnAMissingFolder()
    {
        Result<BestiaryBuilder::Output> built = BestiaryBuilder::build(QStringLiteral("/nonexistent/srd"));
        QVERIFY(!built.ok());
        QVERIFY(built.errorMessage().contains(QStringLiteral("5e-database-2014-monsters.json")));
    }

    void dragonWithLegendaryActions2014()
    {
        const QList<Creature> all = *Bestiary::loadBundled();
        const Creature* dragon = findCreature(all, QStringLiteral("Adult Red Dragon"), RulesEdition::Srd2014);
        QVERIFY(dragon);
        QCOMPARE(dragon->size, QStringLiteral("huge"));
        QCOMPARE(dragon->type, QStringLiteral("dragon"));
        QCOMPARE(dragon->alignment, QStringLiteral("chaotic evil"));
        QCOMPARE(dragon->ac, 19);
        QCOMPARE(dragon->acNotes, QStringLiteral("natural armor"));
        QCOMPARE(dragon->hp, 256);
        QCOMPARE(dragon->hitDice, QStringLiteral("19d12+133"));
        QCOMPARE(dragon->speed.walk, 40);
        QCOMPARE(dragon->speed.climb, 40);
        QCOMPARE(dragon->speed.fly, 80);
        QCOMPARE(dragon->abilities.score(Ability::Strength), 27);
        QCOMPARE(dragon->abilities.score(Ability::Charisma), 21);
        QCOMPARE(dragon->savingThrows.value(QStringLiteral("dexterity")), 6);
        QCOMPARE(dragon->savingThrows.value(QStringLiteral("constitution")), 13);
        QCOMPARE(dragon->skills.value(QStringLiteral("perception")), 13);
        QCOMPARE(dragon->passivePerception, 23);
        QCOMPARE(dragon->damageImmunities, QStringList{QStringLiteral("fire")});
        QCOMPARE(dragon->challengeRating, QStringLiteral("17"));
        QCOMPARE(dragon->xp, 18000);
        QCOMPARE(dragon->proficiencyBonus, 6);
        QCOMPARE(dragon->legendaryResistances, 3);
        QCOMPARE(dragon->legendaryActionsPerRound, 3);
        QCOMPARE(dragon->legendaryActions.size(), 3);
        const CreatureAction* wing =
            findAction(dragon->legendaryActions, QStringLiteral("Wing Attack (Costs 2 Actions)"));
        QVERIFY(wing);
        QCOMPARE(wing->cost, 2);
        QCOMPARE(wing->saveDc, 22);
        QCOMPARE(wing->saveAbility, QStringLiteral("dexterity"));
        const CreatureAction* bite = findAction(dragon->actions, QStringLiteral("Bite"));
        QVERIFY(bite);
        QCOMPARE(bite->attackBonus, 14);
        QCOMPARE(bite->damage.size(), 2);
        QCOMPARE(bite->damage[0], (DamageRoll{QStringLiteral("2d10+8"), QStringLiteral("piercing")}));
        QCOMPARE(bite->damage[1], (DamageRoll{QStringLiteral("2d6"), QStringLiteral("fire")}));
        const CreatureAction* breath = findAction(dragon->actions, QStringLiteral("Fire Breath"));
        QVERIFY(breath);
        QCOMPARE(breath->rechargeOn, 5);
        QCOMPARE(breath->saveDc, 21);
        QCOMPARE(breath->damage.value(0).dice, QStringLiteral("18d6"));
        QVERIFY(dragon->tags.contains(QStringLiteral("legendary")));
        // Figures only: no action of a bundled creature carries text.
        for (const CreatureAction& action : dragon->actions + dragon->legendaryActions + dragon->traits)
            QVERIFY(action.description.isEmpty());
    }

    void dragonWithLegendaryActions2024()
    {
        const QList<Creature> all = *Bestiary::loadBundled();
        const Creature* dragon =
            findCreature(all, QStringLiteral("Ancient Red Dragon"), RulesEdition::Srd2024);
        QVERIFY(dragon);
        QCOMPARE(dragon->size, QStringLiteral("gargantuan"));
        QCOMPARE(dragon->ac, 22);
        QCOMPARE(dragon->hp, 507);
        QCOMPARE(dragon->hitDice, QStringLiteral("26d20+234"));
        QCOMPARE(dragon->initiativeBonus, 14);
        QCOMPARE(dragon->initiativeModifier(), 14);
        QCOMPARE(dragon->challengeRating, QStringLiteral("24"));
        QCOMPARE(dragon->xp, 62000);
        QCOMPARE(dragon->legendaryResistances, 4);
        QCOMPARE(dragon->legendaryActions.size(), 3);
        QCOMPARE(dragon->legendaryActionsPerRound, 3);
        const CreatureAction* rend = findAction(dragon->actions, QStringLiteral("Rend"));
        QVERIFY(rend);
        QCOMPARE(rend->attackBonus, 17);
        QCOMPARE(rend->damage.value(0), (DamageRoll{QStringLiteral("2d8+10"), QStringLiteral("slashing")}));
        QCOMPARE(rend->damage.value(1), (DamageRoll{QStringLiteral("3d6"), QStringLiteral("fire")}));
        const CreatureAction* breath = findAction(dragon->actions, QStringLiteral("Fire Breath"));
        QVERIFY(breath);
        QCOMPARE(breath->rechargeOn, 5);
        QCOMPARE(breath->saveDc, 24);
        QCOMPARE(breath->saveAbility, QStringLiteral("dexterity"));
        QCOMPARE(breath->damage.value(0), (DamageRoll{QStringLiteral("26d6"), QStringLiteral("fire")}));
        const CreatureAction* spellcasting = findAction(dragon->actions, QStringLiteral("Spellcasting"));
        QVERIFY(spellcasting);
        QCOMPARE(spellcasting->saveDc, 23);
        QCOMPARE(spellcasting->attackBonus, 15);
        QCOMPARE(dragon->savingThrows.value(QStringLiteral("dexterity")), 7);
        QVERIFY(!dragon->savingThrows.contains(QStringLiteral("constitution")));
    }

    void spellcasterAndRecharge()
    {
        const QList<Creature> all = *Bestiary::loadBundled();
        const Creature* lich = findCreature(all, QStringLiteral("Lich"), RulesEdition::Srd2014);
        QVERIFY(lich);
        const CreatureAction* spellcasting = findAction(lich->traits, QStringLiteral("Spellcasting"));
        QVERIFY(spellcasting);
        QCOMPARE(spellcasting->saveDc, 20);
        QCOMPARE(spellcasting->attackBonus, 12);
        QVERIFY(lich->tags.contains(QStringLiteral("spellcaster")));
        QCOMPARE(lich->challengeRating, QStringLiteral("21"));

        const Creature* hound = findCreature(all, QStringLiteral("Hell Hound"), RulesEdition::Srd2014);
        QVERIFY(hound);
        const CreatureAction* breath = findAction(hound->actions, QStringLiteral("Fire Breath"));
        QVERIFY(breath);
        QCOMPARE(breath->rechargeOn, 5);
        QCOMPARE(breath->saveDc, 12);
        QCOMPARE(breath->damage.value(0), (DamageRoll{QStringLiteral("6d6"), QStringLiteral("fire")}));

        const Creature* goblin = findCreature(all, QStringLiteral("Goblin"), RulesEdition::Srd2014);
        QVERIFY(goblin);
        QCOMPARE(goblin->challengeRating, QStringLiteral("1/4"));
        QCOMPARE(goblin->xp, 50);
        QCOMPARE(goblin->size, QStringLiteral("small"));
        QCOMPARE(goblin->subtype, QStringLiteral("goblinoid"));

        // The source file's scrambled Octopus scores are corrected to the SRD 5.2 statblock.
        const Creature* octopus = findCreature(all, QStringLiteral("Octopus"), RulesEdition::Srd2024);
        QVERIFY(octopus);
        QCOMPARE(octopus->abilities.score(Ability::Constitution), 11);
        QCOMPARE(octopus->abilities.score(Ability::Charisma), 4);
    }

    void installsOnceIntoAFreshStoreWithoutSyncRecords()
    {
        TemporaryStore temp;
        QCOMPARE(Bestiary::installedVersion(*temp.store), QString());
        QVERIFY(Bestiary::ensureInstalled(*temp.store).ok());
        QCOMPARE(temp.store->count(EntityKind::Creature), 665);
        QCOMPARE(Bestiary::installedCount(*temp.store), 665);
        QCOMPARE(temp.store->outboxSize(), 0); // bundled templates never sync
        QCOMPARE(Bestiary::installedVersion(*temp.store), Bestiary::bundledVersion());

        // A second start is a no-op, and reopening keeps everything.
        QVERIFY(Bestiary::ensureInstalled(*temp.store).ok());
        temp.reopen();
        QVERIFY(Bestiary::ensureInstalled(*temp.store).ok());
        QCOMPARE(temp.store->count(EntityKind::Creature), 665);
    }

    void newVersionUpdatesInPlaceAndWithdrawsDroppedTemplates()
    {
        TemporaryStore temp;
        QVERIFY(Bestiary::ensureInstalled(*temp.store).ok());
        // A template an older bestiary shipped that this one does not have.
        Creature old = Bestiary::loadBundled()->first();
        old.id = BestiaryBuilder::stableId(RulesEdition::Srd2014, QStringLiteral("withdrawn-creature"));
        old.name = QStringLiteral("Withdrawn Creature");
        QVERIFY(temp.store->commit(ChangeSet(ChangeOrigin::Bundled).put(old)).ok());
        QVERIFY(temp.store->setSetting(Bestiary::kVersionSetting, QStringLiteral("older")).ok());
        QCOMPARE(temp.store->count(EntityKind::Creature), 666);

        QVERIFY(Bestiary::ensureInstalled(*temp.store).ok());
        QCOMPARE(temp.store->count(EntityKind::Creature), 665);
        QVERIFY(!temp.store->get<Creature>(old.id));
        QCOMPARE(temp.store->outboxSize(), 0);
    }

    void templatesAreReadOnlyForTheDm()
    {
        TemporaryStore temp;
        QVERIFY(Bestiary::ensureInstalled(*temp.store).ok());
        Creature goblin = Bestiary::loadBundled()->first();
        goblin.hp = 99;
        Result<ChangeSet> edit = temp.store->commit(ChangeSet().put(goblin));
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().code, QStringLiteral("READ_ONLY"));
    }

    void stableIdsDoNotDependOnTheBuild()
    {
        QCOMPARE(BestiaryBuilder::stableId(RulesEdition::Srd2014, QStringLiteral("goblin")),
                 BestiaryBuilder::stableId(RulesEdition::Srd2014, QStringLiteral("goblin")));
        QVERIFY(BestiaryBuilder::stableId(RulesEdition::Srd2014, QStringLiteral("goblin")) !=
                BestiaryBuilder::stableId(RulesEdition::Srd2024, QStringLiteral("goblin")));
    }

    void decodeRejectsDamagedData()
    {
        QVERIFY(!Bestiary::decode(QByteArray("{\"format\":\"dnd-bestiary\",\"creatures\":[")).ok());
        QVERIFY(!Bestiary::decode(QByteArray("[1,2,3]")).ok());
        QVERIFY(!Bestiary::decode(QByteArray()).ok());
    }

    // No descriptive SRD sentence (any desc longer than 40 characters) is in the resource or in any
    // file this area adds to the repository.
    void noSrdSentenceIsBundled()
    {
        const QStringList sentences = srdDescriptions();
        QVERIFY2(sentences.size() > 1000, "the SRD files should have thousands of descriptions");
        QStringList files{QStringLiteral(DND_SOURCE_DIR "/docs/FORMAT.md"),
                          QStringLiteral(DND_SOURCE_DIR "/docs/BESTIARY.md"),
                          QStringLiteral(DND_SOURCE_DIR "/docs/PERFORMANCE.md"),
                          QStringLiteral(DND_SOURCE_DIR "/bench/bench_search.cpp")};
        for (const char* folder :
             {"/resources", "/core/bestiary", "/core/interop", "/tests/interop", "/tests/fixtures/interop"}) {
            QDirIterator it(QStringLiteral(DND_SOURCE_DIR) + QLatin1String(folder), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        for (const char* command : {"Bestiary", "Creatures", "Import", "Export"})
            files << QStringLiteral(DND_SOURCE_DIR "/app/cli/%1Command.cpp").arg(QLatin1String(command));
        for (const QString& path : std::as_const(files)) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            const QString text = QString::fromUtf8(fileBytes(path));
            for (const QString& sentence : sentences) {
                // Compare the first line of each description: long enough to be a sentence.
                const QString probe = sentence.section(QLatin1Char('\n'), 0, 0).left(120);
                if (probe.size() > 40)
                    QVERIFY2(!text.contains(probe), qPrintable(path + QStringLiteral(" contains: ") + probe));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBestiary)
#include "tst_bestiary.moc"
