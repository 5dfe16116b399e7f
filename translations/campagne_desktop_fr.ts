<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Election rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database; key in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database; key derived from your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Campagne Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from spreadsheets, Google or Outlook exports and phone address books, with the proof of where each one came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write messages from templates; the app adds the legal notice and counts the SMS each recipient will cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sendings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare batches, check them against the law and export them for your SMS provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that asked not to be contacted again: they are blocked for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the vote, destroy everything the app holds in one click and keep a certificate of deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Campaign passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keyring was found on this computer, so the campaign database is encrypted with a passphrase. Choose a long one (at least {count} characters) and keep it safe: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that protects this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the app is coming in a next version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Marie Dupont or Ensemble pour Lyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail or postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. keep you informed about the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-11 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (every element in the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (with a link to the privacy notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate or list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rights contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP short &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending on public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending on Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per SMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max SMS per &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departmental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legislative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the fields above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <source>Welcome to Campagne Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant creates your campaign. Everything stays on this computer, in an encrypted database.

The app adds the legal notice to every message for you: who sends it, where the number came from, what it is for, how to exercise data rights, and STOP PROSPECTION. It checks consent, opt-outs, sending hours and the electoral silence before anything goes out.

After the election, one click destroys everything and gives you a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>Your campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details go into the legal notice of every message. You can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SecurityPage</name>
    <message>
        <source>Protecting the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will be encrypted with a random key kept in your system&apos;s keyring ({backend}). You will not need to type anything to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keyring was found ({backend}). The database will be encrypted with a passphrase that you choose in the next step. Without it, nobody, not even you, can open the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Campaign created in {path}; database encrypted ({mode}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration campaign created in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keyring was found: the campaign will be encrypted with a passphrase. Choose a long one and keep it safe; it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sending day (e.g. Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electoral silence (from midnight on the eve of the vote until the polls close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moment in the next {days} days allows sending in every recipient&apos;s time zone. Widen the sending hours or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are written HH:MM, e.g. 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages may never be sent after 21:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending hours must start before they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending days are weekday digits, 0 for Monday to 6 for Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who sends the message and for which election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the phone number came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the data is used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom to contact to exercise data rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the STOP PROSPECTION opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to answer to give consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a landline: SMS cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a service number, not a mobile: SMS cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile field &apos;{name}&apos;. Fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid value for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate or list name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact for data-protection requests (e-mail or address) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of the messages is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender ID must be 1 to 11 letters, digits or spaces, with at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2 must come after round 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STOP short number must be 5 digits, e.g. 36111.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy notice link must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{value}&apos; (e.g. Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment cap must be between 1 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template does something not allowed in a message ({detail}).</source>
        <extracomment>The only variables a template may read (the French names volunteers see). Invented people for previews in volunteer mode (one without a commune, to show `{% if %}`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: this template does something not allowed in a message ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: unknown variable &apos;{name}&apos;. You can use: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be filled in ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long once filled in (over {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campagne Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe; the action was cancelled. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a contact list ({detail}). Save it as CSV (UTF-8) or XLSX and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row of {name} must hold the column names (first name, last name, phone…), not contact data. Add a row of column names at the top and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is damaged near row {row} ({detail}). Fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet named &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} holds no contact card (no BEGIN:VCARD line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number column was found in {name}. Columns found: {columns}. Choose the phone column by hand (--column phone=COLUMN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a column choice as FIELD=COLUMN, for example phone=Mobile (got &quot;{spec}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown contact field &quot;{field}&quot; in &quot;{spec}&quot;. Fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; (in &quot;{spec}&quot;). Columns found: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign here yet. Create one first (campagne init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign settings file is damaged: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed to open the campaign (no secure system keyring). Type it when asked, or set CAMPAGNE_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign already exists in {path}. Use `campagne profile set` to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this campaign is not in the system keyring any more (was the campaign wiped, or opened under another user account?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign database could not be opened: the key or passphrase is wrong, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign was saved by a newer version of Campagne Desktop (schema {revision}). Install the latest version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
