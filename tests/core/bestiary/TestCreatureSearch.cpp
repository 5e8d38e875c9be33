// Creature search over the bundled bestiary and the DM's own creatures: text, filters, ranking.
#include "TestSupport.h"
#include "bestiary/Bestiary.h"
#include "bestiary/CreatureSearch.h"

#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {
QStringList names(const QList<CreatureSummary>& rows)
{
    QStringList result;
    for (const CreatureSummary& row : rows)
        result << row.name;
    return result;
}
} // namespace

class TestCreatureSearch final : public QObject {
    Q_OBJECT

    std::unique_ptr<TemporaryStore> m_temp;
    LocalStore& store() { return *m_temp->store; }

private slots:
    void initTestCase()
    {
        m_temp = std::make_unique<TemporaryStore>();
        CHECK_OK(Bestiary::ensureInstalled(store()));
        Creature custom;
        custom.id = LocalStore::newId();
        custom.name = QStringLiteral("Goblin Sapper");
        custom.size = QStringLiteral("small");
        custom.type = QStringLiteral("humanoid");
        custom.challengeRating = QStringLiteral("1");
        custom.xp = 200;
        custom.source = QStringLiteral("Custom");
        custom.tags = {QStringLiteral("explosives")};
        CHECK_OK(store().commit(ChangeSet().put(custom)));
    }
    void cleanupTestCase() { m_temp.reset(); }

    void emptyQueryListsEverythingByName()
    {
        CreatureQuery query;
        query.limit = 10000;
        const QList<CreatureSummary> rows = CreatureSearch::search(store(), query);
        QCOMPARE(rows.size(), 666);
        QStringList sorted = names(rows);
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names(rows), sorted);
    }

    void namePrefixRanksFirst()
    {
        CreatureQuery query;
        query.text = QStringLiteral("gob");
        const QList<CreatureSummary> rows = CreatureSearch::search(store(), query);
        QVERIFY(rows.size() >= 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(rows[i].name.startsWith(QStringLiteral("Goblin")), qPrintable(rows[i].name));
        // Bugbears are goblinoids: found through the subtype tag, ranked after the names.
        QVERIFY(names(rows).contains(QStringLiteral("Bugbear")));
        QVERIFY(names(rows).indexOf(QStringLiteral("Bugbear")) >
                names(rows).indexOf(QStringLiteral("Goblin")));
    }

    void allWordsMustMatch()
    {
        CreatureQuery query;
        query.text = QStringLiteral("red dragon");
        const QStringList found = names(CreatureSearch::search(store(), query));
        QVERIFY(found.contains(QStringLiteral("Adult Red Dragon")));
        QVERIFY(!found.contains(QStringLiteral("Adult Blue Dragon")));
        QVERIFY(!found.isEmpty());
        for (const QString& name : found)
            QVERIFY2(name.contains(QStringLiteral("Red"), Qt::CaseInsensitive), qPrintable(name));
    }

    void typeAndTagsAreSearchable()
    {
        CreatureQuery query;
        query.text = QStringLiteral("explosives");
        QCOMPARE(names(CreatureSearch::search(store(), query)), QStringList{QStringLiteral("Goblin Sapper")});
        query.text = QStringLiteral("undead");
        const QList<CreatureSummary> undead = CreatureSearch::search(store(), query);
        QVERIFY(undead.size() >= 20);
        query.text = QStringLiteral("legendary lich");
        QVERIFY(names(CreatureSearch::search(store(), query)).contains(QStringLiteral("Lich")));
    }

    void filtersNarrowTheResult()
    {
        CreatureQuery query;
        query.type = QStringLiteral("Dragon");
        query.crMin = 20;
        query.crMax = 24;
        query.rules = RulesEdition::Srd2024;
        query.size = QStringLiteral("gargantuan");
        query.limit = 1000;
        const QList<CreatureSummary> rows = CreatureSearch::search(store(), query);
        QVERIFY(rows.size() >= 8);
        for (const CreatureSummary& row : rows) {
            QCOMPARE(row.type, QStringLiteral("dragon"));
            QCOMPARE(row.size, QStringLiteral("gargantuan"));
            QCOMPARE(row.rules, RulesEdition::Srd2024);
            QVERIFY(row.cr >= 20 && row.cr <= 24);
            QCOMPARE(row.source, Bestiary::kSource2024);
            QVERIFY(row.isTemplate);
        }
        CreatureQuery fractions;
        fractions.crMax = 0.25;
        fractions.text = QStringLiteral("goblin");
        for (const CreatureSummary& row : CreatureSearch::search(store(), fractions))
            QVERIFY2(row.cr <= 0.25, qPrintable(row.name + row.challengeRating));
    }

    // Each filter returns exactly the creatures whose figures match it: compared with the store's
    // own creature list, filtered here by hand.
    void filtersReturnExactlyTheMatchingCreatures_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("crMin");
        QTest::addColumn<QString>("crMax");
        QTest::addColumn<QString>("source");
        QTest::newRow("2024 dragons") << "dragon"
                                      << ""
                                      << "2024"
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("tiny") << ""
                              << "tiny"
                              << ""
                              << ""
                              << ""
                              << "";
        QTest::newRow("CR 1/8 to 1/2") << ""
                                       << ""
                                       << ""
                                       << "1/8"
                                       << "1/2"
                                       << "";
        QTest::newRow("CR 20 and up") << ""
                                      << ""
                                      << ""
                                      << "20"
                                      << ""
                                      << "";
        QTest::newRow("2014 medium undead CR 1-5") << "undead"
                                                   << "medium"
                                                   << "2014"
                                                   << "1"
                                                   << "5"
                                                   << "";
        QTest::newRow("SRD 5.2 CR 0") << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "0"
                                      << "SRD 5.2";
        QTest::newRow("custom humanoids") << "humanoid"
                                          << "small"
                                          << ""
                                          << ""
                                          << ""
                                          << "Custom";
    }
    void filtersReturnExactlyTheMatchingCreatures()
    {
        QFETCH(QString, type);
        QFETCH(QString, size);
        QFETCH(QString, rules);
        QFETCH(QString, crMin);
        QFETCH(QString, crMax);
        QFETCH(QString, source);
        CreatureQuery query;
        query.type = type;
        query.size = size;
        query.source = source;
        query.limit = 100000;
        if (!rules.isEmpty())
            query.rules = rulesEditionFromKey(rules);
        if (!crMin.isEmpty())
            query.crMin = parseChallengeRating(crMin);
        if (!crMax.isEmpty())
            query.crMax = parseChallengeRating(crMax);

        QStringList expected;
        for (const Creature& creature : store().all<Creature>()) {
            const double cr = parseChallengeRating(creature.challengeRating).value_or(-1);
            if ((type.isEmpty() || creature.type == type) && (size.isEmpty() || creature.size == size) &&
                (!query.rules || creature.rules == *query.rules) && (!query.crMin || cr >= *query.crMin) &&
                (!query.crMax || cr <= *query.crMax) && (source.isEmpty() || creature.source == source))
                expected << creature.id;
        }
        QStringList found;
        for (const CreatureSummary& row : CreatureSearch::search(store(), query))
            found << row.id;
        QVERIFY(!expected.isEmpty());
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
    }

    void customAndTemplateSwitches()
    {
        CreatureQuery query;
        query.text = QStringLiteral("goblin");
        query.includeTemplates = false;
        QCOMPARE(names(CreatureSearch::search(store(), query)), QStringList{QStringLiteral("Goblin Sapper")});
        query.includeTemplates = true;
        query.includeCustom = false;
        QVERIFY(!names(CreatureSearch::search(store(), query)).contains(QStringLiteral("Goblin Sapper")));
        query.source = QStringLiteral("SRD 5.1");
        const QList<CreatureSummary> rows = CreatureSearch::search(store(), query);
        QVERIFY(!rows.isEmpty());
        for (const CreatureSummary& row : rows)
            QCOMPARE(row.source, QStringLiteral("SRD 5.1"));
        QCOMPARE(rows.first().name, QStringLiteral("Goblin"));
        QCOMPARE(rows.first().challengeRating, QStringLiteral("1/4"));
        QCOMPARE(rows.first().xp, 50);
        query.includeCustom = false;
        query.includeTemplates = false;
        QVERIFY(CreatureSearch::search(store(), query).isEmpty());
    }

    void typedOperatorsAreText()
    {
        for (const QString& text : {QStringLiteral("\"gob"), QStringLiteral("gob*"),
                                    QStringLiteral("NOT goblin"), QStringLiteral("name:goblin"),
                                    QStringLiteral("(("), QStringLiteral("'; DROP TABLE creature; --")}) {
            CreatureQuery query;
            query.text = text;
            CreatureSearch::search(store(), query); // must not fail or throw
        }
        CreatureQuery query;
        query.text = QStringLiteral("gob*");
        QVERIFY(names(CreatureSearch::search(store(), query)).contains(QStringLiteral("Goblin")));
        QCOMPARE(store().count(EntityKind::Creature), 666);
    }

    void limitAndNoMatch()
    {
        CreatureQuery query;
        query.text = QStringLiteral("dragon");
        query.limit = 3;
        QCOMPARE(CreatureSearch::search(store(), query).size(), 3);
        query.text = QStringLiteral("zzzzqqq");
        QVERIFY(CreatureSearch::search(store(), query).isEmpty());
        query.limit = 0;
        query.text.clear();
        QVERIFY(CreatureSearch::search(store(), query).isEmpty());
    }

    void deletedCreaturesDisappear()
    {
        CreatureQuery query;
        query.text = QStringLiteral("sapper");
        const QList<CreatureSummary> rows = CreatureSearch::search(store(), query);
        QCOMPARE(rows.size(), 1);
        CHECK_OK(store().commit(ChangeSet().remove(EntityKind::Creature, rows.first().id)));
        QVERIFY(CreatureSearch::search(store(), query).isEmpty());
        CHECK_OK(store().commit(ChangeSet().restore(EntityKind::Creature, rows.first().id)));
        QCOMPARE(CreatureSearch::search(store(), query).size(), 1);
    }

    void filterLists()
    {
        const QStringList types = CreatureSearch::types(store());
        QVERIFY(types.contains(QStringLiteral("dragon")));
        QVERIFY(types.contains(QStringLiteral("humanoid")));
        const QStringList sources = CreatureSearch::sources(store());
        QVERIFY(sources.contains(QStringLiteral("SRD 5.1")));
        QVERIFY(sources.contains(QStringLiteral("SRD 5.2")));
        QVERIFY(sources.contains(QStringLiteral("Custom")));
    }
};

QTEST_GUILESS_MAIN(TestCreatureSearch)
#include "TestCreatureSearch.moc"
