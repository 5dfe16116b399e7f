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
        <source>Warning: %n file(s) could not be removed and must be deleted by hand.</source>
        <translation>
            <numerusform>Warning: %n file could not be removed and must be deleted by hand.</numerusform>
            <numerusform>Warning: %n files could not be removed and must be deleted by hand.</numerusform>
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
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln contact changed.</numerusform>
            <numerusform>%Ln contacts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) erased; their numbers stay blocked so that they are never asked again.</source>
        <translation>
            <numerusform>%Ln contact erased; their numbers stay blocked so that they are never asked again.</numerusform>
            <numerusform>%Ln contacts erased; their numbers stay blocked so that they are never asked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) left the consent request unanswered for two months. Erase them with: campagne consent expired --erase</source>
        <translation>
            <numerusform>%Ln contact left the consent request unanswered for two months. Erase them with: campagne consent expired --erase</numerusform>
            <numerusform>%Ln contacts left the consent request unanswered for two months. Erase them with: campagne consent expired --erase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new opt-out(s) from {provider}&apos;s STOP list.</source>
        <translation>
            <numerusform>%Ln new opt-out from {provider}&apos;s STOP list.</numerusform>
            <numerusform>%Ln new opt-outs from {provider}&apos;s STOP list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) no longer in service: not sent.</source>
        <translation>
            <numerusform>%Ln number no longer in service: not sent.</numerusform>
            <numerusform>%Ln numbers no longer in service: not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found at the provider, not sent again: %Ln message(s) in flight when sending last stopped.</source>
        <translation>
            <numerusform>Found at the provider, not sent again: %Ln message in flight when sending last stopped.</numerusform>
            <numerusform>Found at the provider, not sent again: %Ln messages in flight when sending last stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) for {zone}: sent by the provider at {at}; any still waiting at {until} is dropped.</source>
        <translation>
            <numerusform>%Ln message for {zone}: sent by the provider at {at}; any still waiting at {until} is dropped.</numerusform>
            <numerusform>%Ln messages for {zone}: sent by the provider at {at}; any still waiting at {until} is dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held: %Ln message(s) being handed over when sending stopped; {provider} cannot tell whether they left. Check its sent messages, then run campagne batch release {id} --sent (or --not-sent).</source>
        <translation>
            <numerusform>Held: %Ln message being handed over when sending stopped; {provider} cannot tell whether they left. Check its sent messages, then run campagne batch release {id} --sent (or --not-sent).</numerusform>
            <numerusform>Held: %Ln messages being handed over when sending stopped; {provider} cannot tell whether they left. Check its sent messages, then run campagne batch release {id} --sent (or --not-sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held message(s) recorded as {outcome}.</source>
        <translation>
            <numerusform>%Ln held message recorded as {outcome}.</numerusform>
            <numerusform>%Ln held messages recorded as {outcome}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in {place} cannot receive it now: {restriction}. Allowed there from {next}.</source>
        <translation>
            <numerusform>%Ln recipient in {place} cannot receive it now: {restriction}. Allowed there from {next}.</numerusform>
            <numerusform>%Ln recipients in {place} cannot receive it now: {restriction}. Allowed there from {next}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) may receive it now. To send to them without waiting, split the batch by time zone: campagne batch split {id} --by-zone (or Split by time zone on the Sendings page).</source>
        <translation>
            <numerusform>%Ln recipient may receive it now. To send to them without waiting, split the batch by time zone: campagne batch split {id} --by-zone (or Split by time zone on the Sendings page).</numerusform>
            <numerusform>%Ln recipients may receive it now. To send to them without waiting, split the batch by time zone: campagne batch split {id} --by-zone (or Split by time zone on the Sendings page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) without part of the legal notice ({elements}).</source>
        <translation>
            <numerusform>%Ln message without part of the legal notice ({elements}).</numerusform>
            <numerusform>%Ln messages without part of the legal notice ({elements}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) longer than {cap} SMS.</source>
        <translation>
            <numerusform>%Ln message longer than {cap} SMS.</numerusform>
            <numerusform>%Ln messages longer than {cap} SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) starting with = + - or @, which spreadsheets read as a formula. Start the template with a word instead.</source>
        <translation>
            <numerusform>%Ln message starting with = + - or @, which spreadsheets read as a formula. Start the template with a word instead.</numerusform>
            <numerusform>%Ln messages starting with = + - or @, which spreadsheets read as a formula. Start the template with a word instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will not be sent: a reply from these numbers waits to be read (Opt-outs page, Replies to read; or campagne replies review).</source>
        <translation>
            <numerusform>%Ln message will not be sent: a reply from these numbers waits to be read (Opt-outs page, Replies to read; or campagne replies review).</numerusform>
            <numerusform>%Ln messages will not be sent: a reply from these numbers waits to be read (Opt-outs page, Replies to read; or campagne replies review).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will not be sent: the person opted out, was erased or their consent changed since the batch was made.</source>
        <translation>
            <numerusform>%Ln message will not be sent: the person opted out, was erased or their consent changed since the batch was made.</numerusform>
            <numerusform>%Ln messages will not be sent: the person opted out, was erased or their consent changed since the batch was made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody can receive this message: %Ln contact(s) excluded, mostly because of this rule: {reason}. No batch was created.</source>
        <translation>
            <numerusform>Nobody can receive this message: %Ln contact excluded, mostly because of this rule: {reason}. No batch was created.</numerusform>
            <numerusform>Nobody can receive this message: %Ln contacts excluded, mostly because of this rule: {reason}. No batch was created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still on disk: %Ln file(s) of the campaign, listed below.</source>
        <translation>
            <numerusform>Still on disk: %Ln file of the campaign, listed below.</numerusform>
            <numerusform>Still on disk: %Ln files of the campaign, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification: %Ln file(s) could not be removed and must be deleted by hand:</source>
        <translation>
            <numerusform>Verification: %Ln file could not be removed and must be deleted by hand:</numerusform>
            <numerusform>Verification: %Ln files could not be removed and must be deleted by hand:</numerusform>
        </translation>
    </message>
</context>
</TS>
