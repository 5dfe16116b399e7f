<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message numerus="yes">
        <source>Batch {id} created: %n message(s), {segments} SMS, estimated cost {cost}.</source>
        <translation>
            <numerusform>Batch {id} created: %n message, {segments} SMS, estimated cost {cost}.</numerusform>
            <numerusform>Batch {id} created: %n messages, {segments} SMS, estimated cost {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with names written without the accents that cost more (smart encoding).</source>
        <translation>
            <numerusform>%n message with names written without the accents that cost more (smart encoding).</numerusform>
            <numerusform>%n messages with names written without the accents that cost more (smart encoding).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndOfCampaignPage</name>
    <message numerus="yes">
        <source>Warning: %n file(s) could not be removed; delete them by hand.</source>
        <translation>
            <numerusform>Warning: %n file could not be removed; delete them by hand.</numerusform>
            <numerusform>Warning: %n files could not be removed; delete them by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiredConsentRow</name>
    <message numerus="yes">
        <source>Erase the %n contact(s) who left the consent request unanswered for two months? Their numbers stay blocked so that they are never asked again.</source>
        <translation>
            <numerusform>Erase the %n contact who left the consent request unanswered for two months? Their numbers stay blocked so that they are never asked again.</numerusform>
            <numerusform>Erase the %n contacts who left the consent request unanswered for two months? Their numbers stay blocked so that they are never asked again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Batch {id}: %n message(s), {cost}. The batch is checked again just before the file is written.</source>
        <translation>
            <numerusform>Batch {id}: %n message, {cost}. The batch is checked again just before the file is written.</numerusform>
            <numerusform>Batch {id}: %n messages, {cost}. The batch is checked again just before the file is written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <source>%n message(s) written to {path}.</source>
        <translation>
            <numerusform>%n message written to {path}.</numerusform>
            <numerusform>%n messages written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) left out: the person opted out or their consent changed.</source>
        <translation>
            <numerusform>%n message left out: the person opted out or their consent changed.</numerusform>
            <numerusform>%n messages left out: the person opted out or their consent changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n contact imported.</numerusform>
            <numerusform>%n contacts imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message numerus="yes">
        <source>%n blocked number(s).</source>
        <translation>
            <numerusform>%n blocked number.</numerusform>
            <numerusform>%n blocked numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveOptOutDialog</name>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n more character needed.</numerusform>
            <numerusform>%n more characters needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message numerus="yes">
        <source>%n message(s) sent or prepared.</source>
        <translation>
            <numerusform>%n message sent or prepared.</numerusform>
            <numerusform>%n messages sent or prepared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message numerus="yes">
        <source>%n contact(s) can receive this message.</source>
        <translation>
            <numerusform>%n contact can receive this message.</numerusform>
            <numerusform>%n contacts can receive this message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingsPage</name>
    <message numerus="yes">
        <source>%n message(s) with names written without costly accents.</source>
        <translation>
            <numerusform>%n message with names written without costly accents.</numerusform>
            <numerusform>%n messages with names written without costly accents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped before the end: %n message(s) not handed over yet. Click “Send…” to resume.</source>
        <translation>
            <numerusform>Sending stopped before the end: %n message not handed over yet. Click “Send…” to resume.</numerusform>
            <numerusform>Sending stopped before the end: %n messages not handed over yet. Click “Send…” to resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard batch {id} (“{name}”, %n message(s))? Its messages are deleted; nothing was sent. Its people may then be in a new batch.</source>
        <translation>
            <numerusform>Discard batch {id} (“{name}”, %n message)? Its messages are deleted; nothing was sent. Its people may then be in a new batch.</numerusform>
            <numerusform>Discard batch {id} (“{name}”, %n messages)? Its messages are deleted; nothing was sent. Its people may then be in a new batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ledger written to {path}: %n batch(es), total {total}.</source>
        <translation>
            <numerusform>Ledger written to {path}: %n batch, total {total}.</numerusform>
            <numerusform>Ledger written to {path}: %n batches, total {total}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message numerus="yes">
        <source>With the full footer: %n SMS</source>
        <translation>
            <numerusform>With the full footer: %n SMS</numerusform>
            <numerusform>With the full footer: %n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with the short footer: %n SMS</source>
        <translation>
            <numerusform>with the short footer: %n SMS</numerusform>
            <numerusform>with the short footer: %n SMS</numerusform>
        </translation>
    </message>
</context>
</TS>
