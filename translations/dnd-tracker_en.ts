<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
