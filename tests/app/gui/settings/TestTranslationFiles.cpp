// Every shipped translation is complete: each .ts file is refreshed from the sources with lupdate
// (into a copy, the way `--target update_translations` would) and every message must then have a
// finished translation, plural forms included. A new string in the code without a translation
// fails here, and the failure lists the strings to translate.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Untranslated {
    QString context;
    QString source;
};

// The messages of a Qt Linguist file that have no finished translation: marked unfinished, empty,
// or with an empty plural form.
QList<Untranslated> untranslatedMessages(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Untranslated> missing;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString text; // of a plain translation
    bool inTranslation = false;
    bool unfinished = false;
    bool plural = false;
    bool emptyForm = false; // a plural translation with an empty form
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                inTranslation = true;
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                plural = false;
                emptyForm = false;
                text.clear();
            } else if (xml.name() == QLatin1String("numerusform")) {
                plural = true;
                emptyForm = emptyForm || xml.readElementText().isEmpty();
            }
        } else if (xml.isCharacters() && inTranslation) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
            inTranslation = false;
            const bool empty = plural ? emptyForm : text.trimmed().isEmpty();
            if (unfinished || empty)
                missing.append({context, source});
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return missing;
}

} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT
private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
};

void TestTranslationFiles::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("German") << "dnd-tracker_de.ts" << false;
    QTest::newRow("French") << "dnd-tracker_fr.ts" << false;
    QTest::newRow("Spanish") << "dnd-tracker_es.ts" << false;
    QTest::newRow("English plurals") << "dnd-tracker_en.ts" << true;
}

void TestTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralsOnly);
    const QString shipped = QDir(QStringLiteral(DND_TRANSLATIONS_DIR)).filePath(file);
    QVERIFY2(QFile::exists(shipped), qPrintable(shipped + QStringLiteral(" is missing")));

    QTemporaryDir work;
    const QString refreshed = work.filePath(file);
    QVERIFY(QFile::copy(shipped, refreshed));
    QFile::setPermissions(refreshed, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    if (pluralsOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QString::fromUtf8(DND_TRANSLATED_SOURCE_DIRS).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << refreshed;
    QProcess lupdate;
    lupdate.start(QStringLiteral(DND_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitStatus() == QProcess::NormalExit &&
                 lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Untranslated> missing = untranslatedMessages(refreshed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (!missing.isEmpty()) {
        QString report = QStringLiteral("%1 has %2 message(s) without a finished translation. Refresh it "
                                        "with `cmake --build BUILD --target update_translations` and "
                                        "translate these (translations/README.md):")
                             .arg(file)
                             .arg(missing.size());
        for (const Untranslated& message : missing)
            report += QStringLiteral("\n  [%1] \"%2\"").arg(message.context, message.source);
        QFAIL(qPrintable(report));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
