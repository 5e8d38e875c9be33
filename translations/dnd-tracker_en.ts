<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CombatLogText</name>
    <message numerus="yes">
        <source>%1 for %n rounds</source>
        <translation>
            <numerusform>%1 for %n round</numerusform>
            <numerusform>%1 for %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n death saves from the damage</source>
        <translation>
            <numerusform>%1 failed %n death save from the damage</numerusform>
            <numerusform>%1 failed %n death saves from the damage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n legendary actions again</source>
        <translation>
            <numerusform>%1 has %n legendary action again</numerusform>
            <numerusform>%1 has %n legendary actions again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::ApiTokensPanel</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::DiscordDialog</name>
    <message numerus="yes">
        <source>Delivered (%n message(s) so far)</source>
        <translation>
            <numerusform>Delivered (%n message so far)</numerusform>
            <numerusform>Delivered (%n messages so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::ExportDialog</name>
    <message numerus="yes">
        <source>Copied %n turn order entry(s): paste them into Roll20&apos;s chat, where the tracker&apos;s script sets the turn order.</source>
        <translation>
            <numerusform>Copied %n turn order entry: paste it into Roll20&apos;s chat, where the tracker&apos;s script sets the turn order.</numerusform>
            <numerusform>Copied %n turn order entries: paste them into Roll20&apos;s chat, where the tracker&apos;s script sets the turn order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::InitiativeModel</name>
    <message numerus="yes">
        <source> (%n rd)</source>
        <translation>
            <numerusform> (%n rd)</numerusform>
            <numerusform> (%n rd)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::MainWindow</name>
    <message numerus="yes">
        <source>From %1: %n new, </source>
        <translation>
            <numerusform>From %1: %n new, </numerusform>
            <numerusform>From %1: %n new, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartiesPage</name>
    <message numerus="yes">
        <source>%1 regained %n hit dice</source>
        <translation>
            <numerusform>%1 regained %n hit die</numerusform>
            <numerusform>%1 regained %n hit dice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyListModel</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n character</numerusform>
            <numerusform>%1, %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::StatblockView</name>
    <message numerus="yes">
        <source>%n per round, one at a time, each at the end of another creature&apos;s turn; all regained when its own turn starts.</source>
        <translation>
            <numerusform>%n per round, one at a time, each at the end of another creature&apos;s turn; all regained when its own turn starts.</numerusform>
            <numerusform>%n per round, one at a time, each at the end of another creature&apos;s turn; all regained when its own turn starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::SyncController</name>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Offline, retrying in %n s</numerusform>
            <numerusform>Offline, retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not synced</source>
        <translation>
            <numerusform>%n record not synced</numerusform>
            <numerusform>%n records not synced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerConditionDelegate</name>
    <message numerus="yes">
        <source>%n rd</source>
        <translation>
            <numerusform>%n rd</numerusform>
            <numerusform>%n rd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerPage</name>
    <message numerus="yes">
        <source>%n combatants</source>
        <translation>
            <numerusform>%n combatant</numerusform>
            <numerusform>%n combatants</numerusform>
        </translation>
    </message>
</context>
</TS>
