// The bundled SRD bestiary: conversion from the shared SRD files, figures on known creatures,
// installation into a store, and that no SRD sentence is anywhere in the repository.
#include "SrdCreatureChecks.h"
#include "TestSupport.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryBuilder.h"
#include "model/Creature.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

// Every sentence over 40 characters of the descriptive text in the shared SRD files: the values of
// `desc` and `description` keys (strings or lists of strings), split at sentence ends, with runs of
// white space made single spaces.
QStringList srdSentences()
{
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?:;])\\s+"));
    QSet<QString> result;
    auto addText = [&](const QString& text) {
        for (const QString& sentence : text.split(sentenceEnd)) {
            const QString simplified = sentence.simplified();
            if (simplified.size() > 40)
                result.insert(simplified);
        }
    };
    std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& value) {
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                collect(item);
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const bool descriptive =
                it.key() == QLatin1String("desc") || it.key() == QLatin1String("description");
            if (descriptive && it.value().isString()) {
                addText(it.value().toString());
            } else if (descriptive && it.value().isArray()) {
                for (const QJsonValue& line : it.value().toArray()) {
                    if (line.isString())
                        addText(line.toString());
                    else
                        collect(line);
                }
            } else {
                collect(it.value());
            }
        }
    };
    const QDir dir(srdDataDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonDocument document = QJsonDocument::fromJson(fileBytes(dir.filePath(name)));
        collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    }
    return QStringList(result.cbegin(), result.cend());
}

// The text files of the source tree: everything but version control, build folders (those with a
// CMakeCache.txt), images, and the SRD source data itself (resources/srd, input to the converter
// and the importer tests, never compiled into a program).
QStringList sourceTreeFiles(const QString& root)
{
    QStringList files;
    const QDir dir(root);
    if (dir.exists(QStringLiteral("CMakeCache.txt")))
        return files;
    for (const QFileInfo& entry :
         dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (entry.isDir() && !entry.isSymLink()) {
            if (entry.fileName() != QLatin1String(".git") &&
                entry.absoluteFilePath() != QDir(srdDataDir()).absolutePath())
                files << sourceTreeFiles(entry.filePath());
        } else if (entry.isFile() && !QStringList{QStringLiteral("png"), QStringLiteral("jpg"),
                                                  QStringLiteral("ico"), QStringLiteral("qm")}
                                          .contains(entry.suffix().toLower())) {
            files << entry.filePath();
        }
    }
    return files;
}

// Finds any of many sentences in a text in one pass: a rolling hash over the first kProbe
// characters of each sentence, confirmed by comparing the whole sentence.
class SentenceFinder {
public:
    static constexpr qsizetype kProbe = 40;

    explicit SentenceFinder(const QStringList& sentences) : m_sentences(sentences)
    {
        for (qsizetype i = 0; i < m_sentences.size(); ++i)
            m_byProbe.insert(hash(QStringView(m_sentences[i]).left(kProbe)), i);
    }

    // The first sentence found in text, or an empty string.
    QString firstIn(const QString& text) const
    {
        if (text.size() < kProbe)
            return {};
        quint64 rolling = hash(QStringView(text).left(kProbe));
        for (qsizetype at = 0;; ++at) {
            for (auto it = m_byProbe.constFind(rolling); it != m_byProbe.cend() && it.key() == rolling;
                 ++it) {
                if (QStringView(text).mid(at).startsWith(m_sentences[it.value()]))
                    return m_sentences[it.value()];
            }
            if (at + kProbe >= text.size())
                return {};
            rolling = (rolling - text[at].unicode() * m_highPower) * kBase + text[at + kProbe].unicode();
        }
    }

private:
    static constexpr quint64 kBase = 1000003;
    static quint64 hash(QStringView view)
    {
        quint64 value = 0;
        for (QChar c : view)
            value = value * kBase + c.unicode();
        return value;
    }
    static quint64 power()
    {
        quint64 value = 1;
        for (qsizetype i = 1; i < kProbe; ++i)
            value *= kBase;
        return value;
    }

    QStringList m_sentences;
    QMultiHash<quint64, qsizetype> m_byProbe;
    const quint64 m_highPower = power();
};

} // namespace

class TestBestiary final : public QObject {
    Q_OBJECT

private slots:
    void resourceHoldsBothRuleSets()
    {
        Result<QList<Creature>> creatures = Bestiary::loadBundled();
        CHECK_OK(creatures);
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
        Result<BestiaryBuilder::Output> built = BestiaryBuilder::build(srdDataDir());
        CHECK_OK(built);
        QCOMPARE(built->count2014, 334);
        QCOMPARE(built->count2024, 331);
        QCOMPARE(built->version, Bestiary::bundledVersion());
        QCOMPARE(built->json,
                 fileBytes(dnd::test::sourcePath(QStringLiteral("resources/bestiary/srd-bestiary.json"))));
    }

    void converterFailsClearlyOnAMissingFolder()
    {
        Result<BestiaryBuilder::Output> built = BestiaryBuilder::build(QStringLiteral("/nonexistent/srd"));
        QVERIFY(!built.ok());
        QVERIFY(built.errorMessage().contains(QStringLiteral("5e-database-2014-monsters.json")));
    }

    // A legendary dragon, a spellcaster and a recharge action of each rule set, field by field.
    void knownCreaturesFieldByField()
    {
        const QList<Creature> all = *Bestiary::loadBundled();
        const struct {
            const char* name;
            RulesEdition rules;
            void (*check)(const Creature&);
        } cases[] = {{"Adult Red Dragon", RulesEdition::Srd2014, srd::checkAdultRedDragon2014},
                     {"Ancient Red Dragon", RulesEdition::Srd2024, srd::checkAncientRedDragon2024},
                     {"Lich", RulesEdition::Srd2014, srd::checkLich2014},
                     {"Lich", RulesEdition::Srd2024, srd::checkLich2024},
                     {"Hell Hound", RulesEdition::Srd2014, srd::checkHellHound},
                     {"Hell Hound", RulesEdition::Srd2024, srd::checkHellHound}};
        for (const auto& entry : cases) {
            const Creature* creature = srd::find(all, QLatin1String(entry.name), entry.rules);
            QVERIFY2(creature, entry.name);
            entry.check(*creature);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("%1 (%2)").arg(entry.name, rulesEditionKey(entry.rules))));
            // Figures only: no trait or action of a bundled creature carries text.
            for (const QList<CreatureAction>* list :
                 {&creature->traits, &creature->actions, &creature->bonusActions, &creature->reactions,
                  &creature->legendaryActions, &creature->lairActions}) {
                for (const CreatureAction& action : *list)
                    QVERIFY(action.description.isEmpty());
            }
        }
        QVERIFY(srd::find(all, QStringLiteral("Adult Red Dragon"), RulesEdition::Srd2014)
                    ->tags.contains(QStringLiteral("legendary")));
        QVERIFY(srd::find(all, QStringLiteral("Lich"), RulesEdition::Srd2014)
                    ->tags.contains(QStringLiteral("spellcaster")));

        const Creature* goblin = srd::find(all, QStringLiteral("Goblin"), RulesEdition::Srd2014);
        QVERIFY(goblin);
        QCOMPARE(goblin->challengeRating, QStringLiteral("1/4"));
        QCOMPARE(goblin->xp, 50);
        QCOMPARE(goblin->size, QStringLiteral("small"));
        QCOMPARE(goblin->subtype, QStringLiteral("goblinoid"));

        // The source file's scrambled Octopus scores are corrected to the SRD 5.2 statblock.
        const Creature* octopus = srd::find(all, QStringLiteral("Octopus"), RulesEdition::Srd2024);
        QVERIFY(octopus);
        QCOMPARE(octopus->abilities.score(Ability::Constitution), 11);
        QCOMPARE(octopus->abilities.score(Ability::Charisma), 4);
    }

    // Every damage roll of every bundled creature has dice and one of the rules' damage types (most
    // SRD 5.2 attack records leave the type empty; the converter takes it from the statblock line).
    void everyDamageRollIsTyped()
    {
        const QStringList damageTypes{
            QStringLiteral("acid"),     QStringLiteral("bludgeoning"), QStringLiteral("cold"),
            QStringLiteral("fire"),     QStringLiteral("force"),       QStringLiteral("lightning"),
            QStringLiteral("necrotic"), QStringLiteral("piercing"),    QStringLiteral("poison"),
            QStringLiteral("psychic"),  QStringLiteral("radiant"),     QStringLiteral("slashing"),
            QStringLiteral("thunder")};
        const Result<QList<Creature>> bundled = Bestiary::loadBundled();
        CHECK_OK(bundled);
        // "2d6+3", or a fixed amount such as a badger's 1 piercing damage.
        static const QRegularExpression diceOrNumber(QStringLiteral("^\\d+(d\\d+([+-]\\d+)?)?$"));
        int rolls = 0;
        for (const Creature& creature : *bundled) {
            for (const QList<CreatureAction>* list :
                 {&creature.traits, &creature.actions, &creature.bonusActions, &creature.reactions,
                  &creature.legendaryActions, &creature.lairActions}) {
                for (const CreatureAction& action : *list) {
                    for (const DamageRoll& roll : action.damage) {
                        ++rolls;
                        QVERIFY2(damageTypes.contains(roll.type) && diceOrNumber.match(roll.dice).hasMatch(),
                                 qPrintable(QStringLiteral("%1 (%2): %3 %4 %5")
                                                .arg(creature.name, rulesEditionKey(creature.rules),
                                                     action.name, roll.dice, roll.type)));
                    }
                }
            }
        }
        QVERIFY(rolls > 1000);
    }

    void installsOnceIntoAFreshStoreWithoutSyncRecords()
    {
        TemporaryStore temp;
        QCOMPARE(Bestiary::installedVersion(*temp.store), QString());
        CHECK_OK(Bestiary::ensureInstalled(*temp.store));
        QCOMPARE(temp.store->count(EntityKind::Creature), 665);
        QCOMPARE(Bestiary::installedCount(*temp.store), 665);
        QCOMPARE(temp.store->outboxSize(), 0); // bundled templates never sync
        QCOMPARE(Bestiary::installedVersion(*temp.store), Bestiary::bundledVersion());

        // A second start is a no-op, and reopening keeps everything.
        CHECK_OK(Bestiary::ensureInstalled(*temp.store));
        temp.reopen();
        CHECK_OK(Bestiary::ensureInstalled(*temp.store));
        QCOMPARE(temp.store->count(EntityKind::Creature), 665);
    }

    void newVersionUpdatesInPlaceAndWithdrawsDroppedTemplates()
    {
        TemporaryStore temp;
        CHECK_OK(Bestiary::ensureInstalled(*temp.store));
        // A template an older bestiary shipped that this one does not have.
        Creature old = Bestiary::loadBundled()->first();
        old.id = BestiaryBuilder::stableId(RulesEdition::Srd2014, QStringLiteral("withdrawn-creature"));
        old.name = QStringLiteral("Withdrawn Creature");
        CHECK_OK(temp.store->commit(ChangeSet(ChangeOrigin::Bundled).put(old)));
        CHECK_OK(temp.store->setSetting(Bestiary::kVersionSetting, QStringLiteral("older")));
        QCOMPARE(temp.store->count(EntityKind::Creature), 666);

        CHECK_OK(Bestiary::ensureInstalled(*temp.store));
        QCOMPARE(temp.store->count(EntityKind::Creature), 665);
        QVERIFY(!temp.store->get<Creature>(old.id));
        QCOMPARE(temp.store->outboxSize(), 0);
    }

    // A template cannot be edited or deleted; a copy of it (new id, not a template) is the DM's own,
    // saved, edited and synced like any creature, and the template stays as it was.
    void templatesAreReadOnlyButCopiesAreEditable()
    {
        TemporaryStore temp;
        CHECK_OK(Bestiary::ensureInstalled(*temp.store));
        const Creature original = Bestiary::loadBundled()->first();
        Creature edited = original;
        edited.hp = 99;
        Result<ChangeSet> edit = temp.store->commit(ChangeSet().put(edited));
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().code, QStringLiteral("READ_ONLY"));
        Result<ChangeSet> removal = temp.store->commit(ChangeSet().remove(EntityKind::Creature, original.id));
        QVERIFY(!removal.ok());
        QCOMPARE(removal.error().code, QStringLiteral("READ_ONLY"));

        Creature copy = original;
        copy.id = LocalStore::newId();
        copy.name = original.name + QStringLiteral(" (copy)");
        copy.isTemplate = false;
        copy.source = QStringLiteral("Custom");
        copy.externalId.clear();
        CHECK_OK(temp.store->commit(ChangeSet().put(copy)));
        copy.hp = 99;
        copy.actions.first().attackBonus = 9;
        CHECK_OK(temp.store->commit(ChangeSet().put(copy)));
        QCOMPARE(temp.store->get<Creature>(copy.id)->hp, 99);
        QCOMPARE(temp.store->get<Creature>(copy.id)->actions.first().attackBonus, std::optional<int>(9));
        QCOMPARE(*temp.store->get<Creature>(original.id), original);
        QVERIFY(temp.store->outboxSize() > 0); // the copy syncs, the templates never do
        CHECK_OK(temp.store->commit(ChangeSet().remove(EntityKind::Creature, copy.id)));
        QCOMPARE(Bestiary::installedCount(*temp.store), 665);
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
        CHECK_FAILS(Bestiary::decode(QByteArray("{\"format\":\"dnd-bestiary\",\"creatures\":[")),
                    "BESTIARY_DAMAGED");
        CHECK_FAILS(Bestiary::decode(QByteArray("[1,2,3]")), "BESTIARY_DAMAGED");
        CHECK_FAILS(Bestiary::decode(QByteArray()), "BESTIARY_DAMAGED");
        // Well-formed JSON of another kind is not taken for the bestiary.
        CHECK_FAILS(Bestiary::decode(QByteArray("{\"format\":\"dnd-tracker\",\"creatures\":[]}")),
                    "BESTIARY_DAMAGED");
        CHECK_OK(Bestiary::decode(QByteArray("{\"format\":\"dnd-bestiary\",\"creatures\":[]}")));
    }

    // No descriptive SRD sentence (any sentence over 40 characters of a desc or description of the
    // shared files) is anywhere in the source tree: the bundle, code, tests, fixtures and docs.
    void noSrdSentenceIsInTheRepository()
    {
        const QStringList sentences = srdSentences();
        QVERIFY2(sentences.size() > 3000, "the SRD files should have thousands of sentences");
        const SentenceFinder finder(sentences);
        const QStringList files = sourceTreeFiles(dnd::test::sourcePath(QString()));
        QVERIFY(
            files.contains(dnd::test::sourcePath(QStringLiteral("resources/bestiary/srd-bestiary.json"))));
        QVERIFY(files.contains(dnd::test::sourcePath(QStringLiteral("README.md"))));
        for (const QString& path : files) {
            const QString found = finder.firstIn(QString::fromUtf8(fileBytes(path)).simplified());
            QVERIFY2(found.isEmpty(), qPrintable(path + QStringLiteral(" contains: ") + found));
        }
        // The finder does find a sentence, also when it was wrapped over several lines.
        const QString sentence = sentences.first();
        const qsizetype gap = sentence.indexOf(QLatin1Char(' '), 20);
        QCOMPARE(finder.firstIn((QStringLiteral("text = \"") + sentence.left(gap) + QStringLiteral("\n   ") +
                                 sentence.mid(gap + 1) + QStringLiteral("\";"))
                                    .simplified()),
                 sentence);
    }
};

QTEST_GUILESS_MAIN(TestBestiary)
#include "TestBestiary.moc"
