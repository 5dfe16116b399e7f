<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Vérification du numéro</translation>
    </message>
    <message>
        <source>comma-separated, e.g. volunteers, centre</source>
        <translation>séparées par des virgules, p. ex. bénévoles, centre</translation>
    </message>
    <message>
        <source>the volunteer&apos;s name</source>
        <translation>le nom du bénévole</translation>
    </message>
    <message>
        <source>The person explicitly agreed to receive the campaign&apos;s SMS</source>
        <translation>La personne a explicitement accepté de recevoir les SMS de la campagne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Numéro de mobile :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code pos&amp;tal :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Mo&amp;yen :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Collected &amp;by:</source>
        <translation>Recueilli pa&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Wording shown or read:</source>
        <translation>Te&amp;xte montré ou lu :</translation>
    </message>
    <message>
        <source>Type the person&apos;s mobile number.</source>
        <translation>Saisissez le numéro de mobile de la personne.</translation>
    </message>
    <message>
        <source>✔ {number} (not a French number)</source>
        <translation>✔ {number} (numéro étranger)</translation>
    </message>
    <message>
        <source>✔ {number}</source>
        <translation>✔ {number}</translation>
    </message>
    <message>
        <source>Say who collected the number.</source>
        <translation>Indiquez qui a recueilli le numéro.</translation>
    </message>
    <message>
        <source>Give the wording the person agreed to: it is the proof of consent.</source>
        <translation>Indiquez le texte que la personne a accepté : c&apos;est la preuve du consentement.</translation>
    </message>
    <message>
        <source>Saved as Granted, with the wording above as the proof.</source>
        <translation>Enregistré comme Accordé, avec le texte ci-dessus comme preuve.</translation>
    </message>
    <message>
        <source>Without the person&apos;s explicit yes, the contact is saved as Pending: it may only receive one message asking for consent.</source>
        <translation>Sans le oui explicite de la personne, le contact est enregistré En attente : il ne pourra recevoir qu&apos;un message demandant son consentement.</translation>
    </message>
    <message>
        <source>Open that contact now?</source>
        <translation>Ouvrir ce contact maintenant ?</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Déjà dans la liste</translation>
    </message>
</context>
<context>
    <name>AddOptOutDialog</name>
    <message>
        <source>Block a number</source>
        <translation>Bloquer un numéro</translation>
    </message>
    <message>
        <source>optional, e.g. asked by letter on 3 March</source>
        <translation>facultatif, ex. : demandé par courrier le 3 mars</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
</context>
<context>
    <name>BatchMessagesDialog</name>
    <message>
        <source>Batch {id}: the messages</source>
        <translation>Envoi {id} : les messages</translation>
    </message>
    <message>
        <source>Template “{name}”: exactly what each person receives, legal notice included ({count} messages).</source>
        <translation>Modèle « {name} » : exactement ce que chaque personne reçoit, mentions légales comprises ({count} messages).</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>BatchMessagesModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BatchWizard</name>
    <message>
        <source>New batch</source>
        <translation>Nouvel envoi</translation>
    </message>
    <message>
        <source>No file exported</source>
        <translation>Aucun fichier exporté</translation>
    </message>
    <message>
        <source>No file was exported yet: nothing will be sent. The batch stays in the list, ready to export later. Close the assistant?</source>
        <translation>Aucun fichier n&apos;a encore été exporté : rien ne sera envoyé. L&apos;envoi reste dans la liste, prêt à être exporté plus tard. Fermer l&apos;assistant ?</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérification avant l&apos;import</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Here is what the import will do.</source>
        <translation>Rien n&apos;a encore été enregistré. Voici ce que l&apos;import va faire.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lignes lues :</translation>
    </message>
    <message>
        <source>Contacts to import:</source>
        <translation>Contacts à importer :</translation>
    </message>
    <message>
        <source>…of which foreign mobiles:</source>
        <translation>…dont mobiles étrangers :</translation>
    </message>
    <message>
        <source>Already in the list or repeated:</source>
        <translation>Déjà dans la liste ou en double :</translation>
    </message>
    <message>
        <source>Invalid or empty numbers:</source>
        <translation>Numéros non valides ou vides :</translation>
    </message>
    <message>
        <source>Landlines (SMS cannot reach them):</source>
        <translation>Fixes (injoignables par SMS) :</translation>
    </message>
    <message>
        <source>Opted out (never imported again):</source>
        <translation>Désinscrits (jamais réimportés) :</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>Rows left out:</source>
        <translation>Lignes écartées :</translation>
    </message>
    <message>
        <source>No contact can be imported from this file.</source>
        <translation>Aucun contact ne peut être importé depuis ce fichier.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>The reply received or the form signed, with its date</source>
        <translation>La réponse reçue ou le formulaire signé, avec sa date</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve :</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>comma-separated, e.g. volunteers, centre</source>
        <translation>séparées par des virgules, ex. : bénévoles, centre</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Co&amp;de postal :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search a name, a commune or a number (Ctrl+F)</source>
        <translation>Nom, commune ou numéro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Tout consentement</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opposés</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any commune</source>
        <translation>Toute commune</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Liste des contacts</translation>
    </message>
    <message>
        <source>No contacts yet. Import a file (or drop it here) to start.</source>
        <translation>Aucun contact pour l&apos;instant. Importez un fichier (ou déposez-le ici) pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>A&amp;jouter un contact…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>C&amp;onsentement…</translation>
    </message>
    <message>
        <source>&amp;Rights request…</source>
        <translation>&amp;Droits RGPD…</translation>
    </message>
    <message>
        <source>&amp;Block number</source>
        <translation>&amp;Bloquer le numéro</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>A door-to-door or stall sign-up</source>
        <translation>Une inscription en porte-à-porte ou sur un stand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} contacts sur {total}</translation>
    </message>
    <message>
        <source>{number} added with consent.</source>
        <translation>{number} ajouté, avec consentement.</translation>
    </message>
    <message>
        <source>{number} added, pending: it may only receive one consent request.</source>
        <translation>{number} ajouté, en attente : il ne pourra recevoir qu&apos;une demande de consentement.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Block {phone} for good? It will never receive a message from this campaign and will never be imported again.</source>
        <translation>Bloquer définitivement le {phone} ? Ce numéro ne recevra plus jamais de message de cette campagne et ne sera plus jamais importé.</translation>
    </message>
    <message>
        <source>The number is now blocked.</source>
        <translation>Le numéro est désormais bloqué.</translation>
    </message>
    <message>
        <source>It was already blocked.</source>
        <translation>Il était déjà bloqué.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the batch</source>
        <translation>Création de l&apos;envoi</translation>
    </message>
    <message>
        <source>Each message is written out in full, with its legal notice, and frozen.</source>
        <translation>Chaque message est rédigé en entier, avec ses mentions légales, puis figé.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>◀ &amp;Change the selection</source>
        <translation>◀ &amp;Modifier la sélection</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Motif d&apos;exclusion</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts left out, by reason:</source>
        <translation>Contacts écartés, par motif :</translation>
    </message>
    <message>
        <source>Preparing the messages… Stopping creates nothing.</source>
        <translation>Préparation des messages… Un arrêt ne crée rien.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Batch {id} created: %n message(s), {segments} SMS, estimated cost {cost}.</source>
        <translation>
            <numerusform>Envoi {id} créé : %n message, {segments} SMS, coût estimé {cost}.</numerusform>
            <numerusform>Envoi {id} créé : %n messages, {segments} SMS, coût estimé {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with names written without the accents that cost more (smart encoding).</source>
        <translation>
            <numerusform>%n message dont les noms sont écrits sans les accents qui coûtent plus cher (encodage économique).</numerusform>
            <numerusform>%n messages dont les noms sont écrits sans les accents qui coûtent plus cher (encodage économique).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in the selection was left out.</source>
        <translation>Personne n&apos;a été écarté de la sélection.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Election rounds:</source>
        <translation>Tours de scrutin :</translation>
    </message>
    <message>
        <source>Next round:</source>
        <translation>Prochain tour :</translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation>Protection des données :</translation>
    </message>
    <message>
        <source>When messages may go out</source>
        <translation>Quand les messages peuvent partir</translation>
    </message>
    <message>
        <source>Next allowed sending:</source>
        <translation>Prochain envoi autorisé :</translation>
    </message>
    <message>
        <source>Electoral silence:</source>
        <translation>Silence électoral :</translation>
    </message>
    <message>
        <source>Contacts and batches</source>
        <translation>Contacts et envois</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts :</translation>
    </message>
    <message>
        <source>Opted-out numbers (blocked for good):</source>
        <translation>Numéros désinscrits (bloqués définitivement) :</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Envois :</translation>
    </message>
    <message>
        <source>Next step: import your contacts (Contacts page, Ctrl+2).</source>
        <translation>Prochaine étape : importez vos contacts (page Contacts, Ctrl+2).</translation>
    </message>
    <message>
        <source>Next step: write a message and approve it (Messages page, Ctrl+3).</source>
        <translation>Prochaine étape : rédigez un message et approuvez-le (page Messages, Ctrl+3).</translation>
    </message>
    <message>
        <source>Next step: prepare a batch (Sendings page, Ctrl+4).</source>
        <translation>Prochaine étape : préparez un envoi (page Envois, Ctrl+4).</translation>
    </message>
    <message>
        <source>The election is over.</source>
        <translation>L&apos;élection est terminée.</translation>
    </message>
    <message>
        <source>Encrypted database; key in the system keyring.</source>
        <translation>Base de données chiffrée ; clé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>…who can receive campaign SMS:</source>
        <translation>…qui peuvent recevoir les SMS de campagne :</translation>
    </message>
    <message>
        <source>…who can still be asked for consent:</source>
        <translation>…à qui l&apos;accord peut encore être demandé :</translation>
    </message>
    <message>
        <source>…whose consent request expired:</source>
        <translation>…dont la demande de consentement a expiré :</translation>
    </message>
    <message>
        <source>By consent:</source>
        <translation>Par consentement :</translation>
    </message>
    <message>
        <source>Election timeline</source>
        <translation>Calendrier de l&apos;élection</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Contacts by source</source>
        <translation>Contacts par origine</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Désinscrits depuis</translation>
    </message>
    <message>
        <source>Results of the batches sent</source>
        <translation>Résultats des envois partis</translation>
    </message>
    <message>
        <source>No batch has been sent or exported yet.</source>
        <translation>Aucun envoi n&apos;est encore parti ni n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Encrypted database; key derived from your passphrase.</source>
        <translation>Base de données chiffrée ; clé dérivée de votre phrase secrète.</translation>
    </message>
    <message>
        <source>no delivery reports (sent from a file)</source>
        <translation>pas d&apos;accusés de réception (envoyé par fichier)</translation>
    </message>
    <message>
        <source>Now: sending is allowed (time in {place}).</source>
        <translation>Maintenant : l&apos;envoi est autorisé (heure : {place}).</translation>
    </message>
    <message>
        <source>Not now: {reason}.
Next allowed moment: {moment}, in {delay} (time in {place}).</source>
        <translation>Pas maintenant : {reason}.
Prochain moment autorisé : {moment}, dans {delay} (heure : {place}).</translation>
    </message>
    <message>
        <source>Electoral silence for round {n} starts in {delay} ({moment}).</source>
        <translation>Le silence électoral du tour {n} commence dans {delay} ({moment}).</translation>
    </message>
    <message>
        <source>Electoral silence for round {n} in progress until {moment}: nothing may be sent.</source>
        <translation>Silence électoral du tour {n} en cours jusqu&apos;au {moment} : aucun envoi possible.</translation>
    </message>
    <message>
        <source>Electoral silence for round {n} is over.</source>
        <translation>Le silence électoral du tour {n} est terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElectionTimelineView</name>
    <message>
        <source>Election timeline</source>
        <translation>Calendrier de l&apos;élection</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Tour {n}</translation>
    </message>
    <message>
        <source>Round {n}: {day}</source>
        <translation>Tour {n} : {day}</translation>
    </message>
    <message>
        <source>(expected)</source>
        <translation>(prévu)</translation>
    </message>
    <message>
        <source>(expected on its legal date: not entered yet)</source>
        <translation>(prévu à sa date légale : pas encore saisi)</translation>
    </message>
    <message>
        <source>Now: {moment}</source>
        <translation>Maintenant : {moment}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Next sending: {moment}</source>
        <translation>Prochain envoi : {moment}</translation>
    </message>
    <message>
        <source>Next allowed sending moment for every recipient: {moment}</source>
        <translation>Prochain moment d&apos;envoi autorisé pour tous les destinataires : {moment}</translation>
    </message>
    <message>
        <source>Wipe by {day}</source>
        <translation>Effacer avant le {day}</translation>
    </message>
    <message>
        <source>Recommended date to wipe the campaign&apos;s data: {day}</source>
        <translation>Date recommandée pour effacer les données de la campagne : {day}</translation>
    </message>
    <message>
        <source>electoral silence: nothing may be sent</source>
        <translation>silence électoral : aucun envoi possible</translation>
    </message>
    <message>
        <source>silence where some recipients live (overseas)</source>
        <translation>silence là où vivent certains destinataires (outre-mer)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>next allowed sending</source>
        <translation>prochain envoi autorisé</translation>
    </message>
    <message>
        <source>Electoral silence for round {n}: from {start} to {end}.</source>
        <translation>Silence électoral du tour {n} : du {start} au {end}.</translation>
    </message>
    <message>
        <source>Electoral silence for round {n} in {places}: from {start} to {end} (campaign time).</source>
        <translation>Silence électoral du tour {n} à {places} : du {start} au {end} (heure de la campagne).</translation>
    </message>
    <message>
        <source>Round {n}: {day}.</source>
        <translation>Tour {n} : {day}.</translation>
    </message>
    <message>
        <source>Sending is allowed now.</source>
        <translation>L&apos;envoi est autorisé maintenant.</translation>
    </message>
    <message>
        <source>No moment is allowed for every recipient at once.</source>
        <translation>Aucun moment n&apos;est autorisé pour tous les destinataires à la fois.</translation>
    </message>
    <message>
        <source>Times are those of {place}.</source>
        <translation>Les heures sont celles de : {place}.</translation>
    </message>
</context>
<context>
    <name>EndOfCampaignPage</name>
    <message>
        <source>After the vote, whatever the result, the files built for the election must be deleted. This destroys everything the app holds for this campaign: the database, backups, exports, logs and settings, and its keys in the system keyring. A certificate of deletion is saved for your records.</source>
        <translation>Après le scrutin, quel qu&apos;en soit le résultat, les fichiers constitués pour l&apos;élection doivent être supprimés. Cette action détruit tout ce que l&apos;application conserve pour cette campagne : la base de données, les sauvegardes, les exports, les journaux et les paramètres, ainsi que ses clés dans le trousseau du système. Un certificat d&apos;effacement est enregistré pour vos archives.</translation>
    </message>
    <message>
        <source>What will be destroyed</source>
        <translation>Ce qui sera détruit</translation>
    </message>
    <message>
        <source>Files that will be destroyed</source>
        <translation>Fichiers qui seront détruits</translation>
    </message>
    <message>
        <source>At the SMS provider:</source>
        <translation>Chez le prestataire SMS :</translation>
    </message>
    <message>
        <source>Keep for the campaign&apos;s accounts (optional)</source>
        <translation>À conserver pour les comptes de campagne (facultatif)</translation>
    </message>
    <message>
        <source>Save the cost &amp;ledger…</source>
        <translation>Enregistrer le &amp;relevé des coûts…</translation>
    </message>
    <message>
        <source>Save the &amp;audit summary…</source>
        <translation>Enregistrer le résumé du &amp;journal d&apos;activité…</translation>
    </message>
    <message>
        <source>Candidate or list name</source>
        <translation>Nom du candidat ou de la liste</translation>
    </message>
    <message>
        <source>&amp;Destroy everything and save the certificate</source>
        <translation>&amp;Tout détruire et enregistrer le certificat</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Certificate of deletion:</source>
        <translation>Certificat d&apos;effacement :</translation>
    </message>
    <message>
        <source>&amp;Finish the wipe</source>
        <translation>&amp;Terminer l&apos;effacement</translation>
    </message>
    <message>
        <source>&amp;Continue without the provider</source>
        <translation>&amp;Continuer sans le prestataire</translation>
    </message>
    <message>
        <source>End of campaign</source>
        <translation>Fin de campagne</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts :</translation>
    </message>
    <message>
        <source>Opt-outs:</source>
        <translation>Désinscriptions :</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Modèles :</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Envois :</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages :</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Keyring entries:</source>
        <translation>Entrées du trousseau :</translation>
    </message>
    <message>
        <source>SMS provider step done.</source>
        <translation>Étape du prestataire SMS terminée.</translation>
    </message>
    <message>
        <source>Inventory written to the wipe journal.</source>
        <translation>Inventaire inscrit dans le journal d&apos;effacement.</translation>
    </message>
    <message>
        <source>Database key removed from the system keyring.</source>
        <translation>Clé de la base supprimée du trousseau du système.</translation>
    </message>
    <message>
        <source>Database overwritten and deleted.</source>
        <translation>Base de données réécrite puis supprimée.</translation>
    </message>
    <message>
        <source>Exported files overwritten and deleted.</source>
        <translation>Fichiers exportés réécrits puis supprimés.</translation>
    </message>
    <message>
        <source>Backups, logs, caches and settings overwritten and deleted.</source>
        <translation>Sauvegardes, journaux, caches et paramètres réécrits puis supprimés.</translation>
    </message>
    <message>
        <source>Provider credentials removed from the keyring.</source>
        <translation>Identifiants des prestataires supprimés du trousseau.</translation>
    </message>
    <message>
        <source>Folders removed.</source>
        <translation>Dossiers supprimés.</translation>
    </message>
    <message>
        <source>Verification done.</source>
        <translation>Vérification effectuée.</translation>
    </message>
    <message>
        <source>Certificate saved.</source>
        <translation>Certificat enregistré.</translation>
    </message>
    <message>
        <source>Everything was destroyed.</source>
        <translation>Tout a été détruit.</translation>
    </message>
    <message>
        <source>To confirm, type the candidate or list name exactly: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Pour confirmer, tapez exactement le nom du candidat ou de la liste : &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the cost ledger</source>
        <translation>Enregistrer le relevé des coûts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n file(s) could not be removed and must be deleted by hand.</source>
        <translation>
            <numerusform>Attention : %n fichier n&apos;a pas pu être supprimé ; supprimez-le à la main.</numerusform>
            <numerusform>Attention : %n fichiers n&apos;ont pas pu être supprimés ; supprimez-les à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost ledger saved ({count} batches): {path}</source>
        <translation>Relevé des coûts enregistré ({count} envois) : {path}</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>Save the audit summary</source>
        <translation>Enregistrer le résumé du journal d&apos;activité</translation>
    </message>
    <message>
        <source>Audit summary saved ({count} events): {path}</source>
        <translation>Résumé du journal d&apos;activité enregistré ({count} événements) : {path}</translation>
    </message>
    <message>
        <source>Save the certificate of deletion</source>
        <translation>Enregistrer le certificat d&apos;effacement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Destroying the campaign&apos;s data…</source>
        <translation>Destruction des données de la campagne…</translation>
    </message>
    <message>
        <source>Finishing the wipe…</source>
        <translation>Fin de l&apos;effacement en cours…</translation>
    </message>
    <message>
        <source>Everything was destroyed. Certificate of deletion: {path}</source>
        <translation>Tout a été détruit. Certificat d&apos;effacement : {path}</translation>
    </message>
    <message>
        <source>The wipe stopped because of an unexpected error.</source>
        <translation>L&apos;effacement s&apos;est arrêté à cause d&apos;une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>ExpiredConsentRow</name>
    <message>
        <source>Contacts who never answered the consent request, two months or more after it was exported. Their data should not be kept any longer.</source>
        <translation>Contacts qui n&apos;ont jamais répondu à la demande de consentement, deux mois ou plus après son export. Leurs données ne doivent pas être conservées plus longtemps.</translation>
    </message>
    <message>
        <source>&amp;Erase them…</source>
        <translation>&amp;Les effacer…</translation>
    </message>
    <message numerus="yes">
        <source>Erase the %n contact(s) who left the consent request unanswered for two months? Their numbers stay blocked so that they are never asked again.</source>
        <translation>
            <numerusform>Effacer le contact qui n&apos;a pas répondu à la demande de consentement depuis deux mois ? Son numéro reste bloqué pour qu&apos;on ne le sollicite jamais une seconde fois.</numerusform>
            <numerusform>Effacer les %n contacts qui n&apos;ont pas répondu à la demande de consentement depuis deux mois ? Leurs numéros restent bloqués pour qu&apos;on ne les sollicite jamais une seconde fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export batch {id}</source>
        <translation>Exporter l&apos;envoi {id}</translation>
    </message>
    <message numerus="yes">
        <source>Batch {id}: %n message(s), {cost}. The batch is checked again just before the file is written.</source>
        <translation>
            <numerusform>Envoi {id} : %n message, {cost}. L&apos;envoi est vérifié une nouvelle fois juste avant l&apos;écriture du fichier.</numerusform>
            <numerusform>Envoi {id} : %n messages, {cost}. L&apos;envoi est vérifié une nouvelle fois juste avant l&apos;écriture du fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export for your provider</source>
        <translation>Exporter pour votre prestataire</translation>
    </message>
    <message>
        <source>The app writes the file your provider&apos;s site imports. Send it from there; replies and STOP requests are imported from the Sendings page.</source>
        <translation>L&apos;application écrit le fichier que le site de votre prestataire importe. Envoyez-le depuis ce site ; les réponses et les demandes STOP s&apos;importent depuis la page Envois.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Save the file for the provider</source>
        <translation>Enregistrer le fichier pour le prestataire</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export again (only if the first file was never sent to the provider)</source>
        <translation>Exporter à nouveau (seulement si le premier fichier n&apos;a jamais été envoyé au prestataire)</translation>
    </message>
    <message>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Exporter vers un fichier…</translation>
    </message>
    <message>
        <source>File forma&amp;t:</source>
        <translation>&amp;Format du fichier :</translation>
    </message>
    <message>
        <source>Then, on the provider&apos;s site:</source>
        <translation>Ensuite, sur le site du prestataire :</translation>
    </message>
    <message>
        <source>Checking and writing the file…</source>
        <translation>Vérification et écriture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to {path}.</source>
        <translation>
            <numerusform>%n message écrit dans {path}.</numerusform>
            <numerusform>%n messages écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) left out: the person opted out or their consent changed.</source>
        <translation>
            <numerusform>%n message écarté : la personne s&apos;est désinscrite ou son consentement a changé.</numerusform>
            <numerusform>%n messages écartés : la personne s&apos;est désinscrite ou son consentement a changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload this file on your provider&apos;s site to send it.</source>
        <translation>Chargez ce fichier sur le site de votre prestataire pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>In the provider&apos;s campaign form, type exactly this as the message text: {text}</source>
        <translation>Dans le formulaire de campagne du prestataire, saisissez exactement ceci comme texte du message : {text}</translation>
    </message>
    <message>
        <source>Export refused: no file was written.</source>
        <translation>Export refusé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Next allowed moment: {moment}.</source>
        <translation>Prochain moment autorisé : {moment}.</translation>
    </message>
    <message>
        <source>Little time left to send</source>
        <translation>Peu de temps pour envoyer</translation>
    </message>
    <message>
        <source>Send it before {deadline}: after that, sending hours end or the electoral silence begins for some of its recipients.</source>
        <translation>Envoyez-le avant le {deadline} : ensuite, les heures d&apos;envoi se terminent ou le silence électoral commence pour une partie de ses destinataires.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, XLSX, ODS), a Google or Outlook export or a vCard file. You can also drop the file on this window.</source>
        <translation>Un tableur (CSV, XLSX, ODS), un export Google ou Outlook, ou un fichier vCard. Vous pouvez aussi déposer le fichier sur cette fenêtre.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>This file cannot be read as a contact list: {name}.</source>
        <translation>Ce fichier ne peut pas être lu comme une liste de contacts : {name}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>Replace characters that double the price</source>
        <translation>Remplacer les caractères qui doublent le prix</translation>
    </message>
    <message>
        <source>These special characters make each SMS of the message hold 70 characters instead of 160. Tick the replacements to make; the others stay as they are.</source>
        <translation>Ces caractères spéciaux réduisent chaque SMS du message à 70 caractères au lieu de 160. Cochez les remplacements à faire ; les autres restent tels quels.</translation>
    </message>
    <message>
        <source>{original} → {replacement}    …{before}[{original}]{after}…</source>
        <translation>{original} → {replacement}    …{before}[{original}]{after}…</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>HeldRepliesDialog</name>
    <message>
        <source>Replies to read</source>
        <translation>Réponses à lire</translation>
    </message>
    <message>
        <source>No rule understood these replies, or someone who was never asked answered OUI. An objection needs no keyword: read each one. Until you decide, the number gets no message.</source>
        <translation>Aucune règle n&apos;a compris ces réponses, ou quelqu&apos;un qui n&apos;avait jamais été sollicité a répondu OUI. Une opposition n&apos;a pas besoin de mot-clé : lisez chacune. Tant que vous n&apos;avez pas décidé, le numéro ne reçoit aucun message.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Opt out</source>
        <translation>&amp;Désinscrire</translation>
    </message>
    <message>
        <source>The reply objects: block the number for good.</source>
        <translation>La réponse est une opposition : bloquer le numéro définitivement.</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>The reply agrees: record consent, with the reply as proof.</source>
        <translation>La réponse est un accord : enregistrer le consentement, la réponse servant de preuve.</translation>
    </message>
    <message>
        <source>&amp;Nothing to do</source>
        <translation>&amp;Rien à faire</translation>
    </message>
    <message>
        <source>The number may be messaged again.</source>
        <translation>Le numéro peut de nouveau recevoir des messages.</translation>
    </message>
    <message>
        <source>{phone} is blocked for good.</source>
        <translation>{phone} est bloqué définitivement.</translation>
    </message>
    <message>
        <source>{phone} consented; the reply is the proof.</source>
        <translation>{phone} a consenti ; la réponse en est la preuve.</translation>
    </message>
    <message>
        <source>{phone} may be messaged again.</source>
        <translation>{phone} peut de nouveau recevoir des messages.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Arrêter l&apos;import</translation>
    </message>
    <message>
        <source>Importing… Stopping leaves your list as it was.</source>
        <translation>Import en cours… Un arrêt laisse votre liste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a contact file</source>
        <translation>Choisir un fichier de contacts</translation>
    </message>
    <message>
        <source>Contact files ({patterns});;All files (*)</source>
        <translation>Fichiers de contacts ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft (not checked)</source>
        <translation>Brouillon (non vérifié)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Handed over, no answer yet</source>
        <translation>Transmis, sans réponse encore</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>non comprise</translation>
    </message>
    <message>
        <source>OUI, but never asked</source>
        <translation>OUI, sans avoir été sollicité</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Checked: passed ({when})</source>
        <translation>Vérifié : conforme ({when})</translation>
    </message>
    <message>
        <source>Checked: refused ({when})</source>
        <translation>Vérifié : refusé ({when})</translation>
    </message>
    <message>
        <source>Generic CSV (phone, message)</source>
        <translation>CSV générique (téléphone, message)</translation>
    </message>
    <message>
        <source>OVHcloud SMS</source>
        <translation>OVHcloud SMS</translation>
    </message>
    <message>
        <source>SMSFactor</source>
        <translation>SMSFactor</translation>
    </message>
    <message>
        <source>Octopush</source>
        <translation>Octopush</translation>
    </message>
    <message>
        <source>Brevo</source>
        <translation>Brevo</translation>
    </message>
    <message>
        <source>campaign message (to people who agreed)</source>
        <translation>message de campagne (aux personnes qui ont consenti)</translation>
    </message>
    <message>
        <source>consent request (once, to people never asked)</source>
        <translation>demande de consentement (une seule fois, aux personnes jamais sollicitées)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Referral (parrainage)</source>
        <translation>Parrainage</translation>
    </message>
    <message>
        <source>Rented file</source>
        <translation>Fichier loué</translation>
    </message>
    <message>
        <source>Purchased file</source>
        <translation>Fichier acheté</translation>
    </message>
    <message>
        <source>Field meeting</source>
        <translation>Rencontre de terrain</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>STOP reply</source>
        <translation>Réponse STOP</translation>
    </message>
    <message>
        <source>Provider blacklist</source>
        <translation>Liste noire du prestataire</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajout manuel</translation>
    </message>
    <message>
        <source>Opted out (STOP)</source>
        <translation>Opposé (STOP)</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opposé</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Municipales</translation>
    </message>
    <message>
        <source>Departmental</source>
        <translation>Départementales</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régionales</translation>
    </message>
    <message>
        <source>Legislative</source>
        <translation>Législatives</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Européennes</translation>
    </message>
    <message>
        <source>Presidential</source>
        <translation>Présidentielle</translation>
    </message>
    <message>
        <source>Opted out ({channel}): never messaged again. Consent on record: {consent}.</source>
        <translation>Opposé ({channel}) : plus jamais de message. Consentement enregistré : {consent}.</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>numéro non valide</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>numéro fixe</translation>
    </message>
    <message>
        <source>service number</source>
        <translation>numéro de service</translation>
    </message>
    <message>
        <source>already in the list or the file</source>
        <translation>déjà dans la liste ou le fichier</translation>
    </message>
    <message>
        <source>same number, another name</source>
        <translation>même numéro, autre nom</translation>
    </message>
    <message>
        <source>Door-to-door</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Market stall or stand</source>
        <translation>Marché ou stand</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
</context>
<context>
    <name>LeftOutView</name>
    <message>
        <source>Who was left out, and what would include them:</source>
        <extracomment>Rows shown in the window; the rest is counted (&quot;and N more&quot;), the command line lists all.</extracomment>
        <translation>Qui a été laissé de côté, et ce qui l&apos;inclurait :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Laissé de côté car</translation>
    </message>
    <message>
        <source>To include them</source>
        <translation>Pour l&apos;inclure</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Campagne Desktop</source>
        <translation>Campagne Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Campaign folder: {path}</source>
        <translation>Dossier de la campagne : {path}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sendings</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>End of campaign</source>
        <translation>Fin de campagne</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>The &amp;rules the app enforces</source>
        <translation>Les &amp;règles appliquées</translation>
    </message>
    <message>
        <source>&amp;About Campagne Desktop</source>
        <translation>À &amp;propos de Campagne Desktop</translation>
    </message>
    <message>
        <source>About Campagne Desktop</source>
        <translation>À propos de Campagne Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Campagne Desktop {version}&lt;/h3&gt;&lt;p&gt;Political SMS that follow the GDPR and the CNIL&apos;s rules, for local candidates in France. The contact list stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;The app helps you follow the rules; it is not legal advice.&lt;/p&gt;&lt;p&gt;Campaign folder: {path}&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Campagne Desktop {version}&lt;/h3&gt;&lt;p&gt;Des SMS politiques conformes au RGPD et aux règles de la CNIL, pour les candidats locaux en France. La liste des contacts reste sur cet ordinateur, chiffrée.&lt;/p&gt;&lt;p&gt;L&apos;application vous aide à suivre les règles ; ce n&apos;est pas un conseil juridique.&lt;/p&gt;&lt;p&gt;Dossier de la campagne : {path}&lt;/p&gt;&lt;p&gt;Licence : MIT&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Check which column holds each piece of information. Only the phone is required; the preview below shows the result.</source>
        <translation>Vérifiez quelle colonne contient chaque information. Seul le téléphone est obligatoire ; l&apos;aperçu ci-dessous montre le résultat.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Mobile phone (required):</source>
        <translation>Téléphone &amp;mobile (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>P&amp;rénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Co&amp;de postal :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Choose the column that holds the mobile numbers.</source>
        <translation>Choisissez la colonne qui contient les numéros de mobile.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Phone in the file</source>
        <translation>Téléphone dans le fichier</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a template file written by a volunteer</source>
        <translation>Ajouter un fichier de modèle rédigé par un bénévole</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A file with the campaign profile only (no contacts) so that volunteers can write templates with the real legal notice: campagne-desktop --volunteer</source>
        <translation>Un fichier contenant uniquement le profil de la campagne (aucun contact), pour que les bénévoles rédigent des modèles avec les vraies mentions légales : campagne-desktop --volunteer</translation>
    </message>
    <message>
        <source>Template name, e.g. Invitation réunion</source>
        <translation>Nom du modèle, ex. : Invitation réunion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>&amp;Export template file…</source>
        <translation>E&amp;xporter le modèle…</translation>
    </message>
    <message>
        <source>Export profile for volun&amp;teers…</source>
        <translation>Exporter pour les &amp;bénévoles…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Approved by {who} on {when}</source>
        <translation>Approuvé par {who} le {when}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Consent request</source>
        <translation>Demande de consentement</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Abandonner les modifications de ce modèle ?</translation>
    </message>
    <message>
        <source>New template (not saved)</source>
        <translation>Nouveau modèle (non enregistré)</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · modifications non enregistrées</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Caractères spéciaux</translation>
    </message>
    <message>
        <source>This text contains special characters that make each SMS hold 70 characters instead of 160, which can double the cost or leave people out over the SMS cap.

Review the proposed replacements before approving?</source>
        <translation>Ce texte contient des caractères spéciaux qui réduisent chaque SMS à 70 caractères au lieu de 160, ce qui peut doubler le coût ou écarter des personnes au-delà du nombre maximal de SMS.

Examiner les remplacements proposés avant d&apos;approuver ?</translation>
    </message>
    <message>
        <source>Approve “{name}” for sending?

Your name ({who}) and the time are recorded. Any later change makes it a draft again.</source>
        <translation>Approuver « {name} » pour l&apos;envoi ?

Votre nom ({who}) et l&apos;heure sont enregistrés. Toute modification ultérieure le fait repasser en brouillon.</translation>
    </message>
    <message>
        <source>Approve the template</source>
        <translation>Approuver le modèle</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete “{name}”? Batches already made keep their text.</source>
        <translation>Supprimer « {name} » ? Les envois déjà créés conservent leur texte.</translation>
    </message>
    <message>
        <source>Template files (*{suffix} *.json)</source>
        <translation>Fichiers de modèle (*{suffix} *.json)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Export the profile for volunteers</source>
        <translation>Exporter le profil pour les bénévoles</translation>
    </message>
    <message>
        <source>Profile files (*{suffix} *.json)</source>
        <translation>Fichiers de profil (*{suffix} *.json)</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Choose a STOP or blacklist file</source>
        <translation>Choisir un fichier STOP ou de liste noire</translation>
    </message>
    <message>
        <source>Lists of numbers (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Listes de numéros (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Numbers that asked not to be contacted again. They are blocked for good: never messaged, never imported again, even if they are in a new file.</source>
        <translation>Les numéros qui ont demandé à ne plus être contactés. Ils sont bloqués définitivement : jamais de message, jamais réimportés, même s&apos;ils figurent dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Search a number</source>
        <translation>Rechercher un numéro</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Import a STOP file…</source>
        <translation>&amp;Importer un fichier STOP…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Blocked on</source>
        <translation>Bloqué le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The {n} most recent are shown; search to find others.</source>
        <translation>Les {n} plus récents sont affichés ; lancez une recherche pour trouver les autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked number(s).</source>
        <translation>
            <numerusform>%n numéro bloqué.</numerusform>
            <numerusform>%n numéros bloqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies to &amp;read ({count})…</source>
        <translation>Réponses à &amp;lire ({count})…</translation>
    </message>
    <message>
        <source>The number is now blocked.</source>
        <translation>Le numéro est désormais bloqué.</translation>
    </message>
    <message>
        <source>It was already blocked.</source>
        <translation>Il était déjà bloqué.</translation>
    </message>
    <message>
        <source>{added} added, {already} already blocked, {invalid} not valid.</source>
        <translation>{added} ajoutés, {already} déjà bloqués, {invalid} non valides.</translation>
    </message>
    <message>
        <source>The opt-out was removed.</source>
        <translation>La désinscription a été retirée.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Campaign passphrase</source>
        <translation>Phrase secrète de la campagne</translation>
    </message>
    <message>
        <source>No secure system keyring was found on this computer, so the campaign database is encrypted with a passphrase. Choose a long one (at least {count} characters) and keep it safe: it cannot be recovered.</source>
        <translation>Aucun trousseau système sécurisé n&apos;a été trouvé sur cet ordinateur : la base de données de la campagne est donc chiffrée avec une phrase secrète. Choisissez-en une longue (au moins {count} caractères) et conservez-la précieusement : elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Type the passphrase that protects this campaign.</source>
        <translation>Tapez la phrase secrète qui protège cette campagne.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Afficher ce que je tape</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Campaign folder: {path}</source>
        <translation>Dossier de la campagne : {path}</translation>
    </message>
    <message>
        <source>At least {count} characters, please.</source>
        <translation>Au moins {count} caractères, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Marie Dupont or Ensemble pour Lyon</source>
        <translation>ex. : Marie Dupont ou Ensemble pour Lyon</translation>
    </message>
    <message>
        <source>planned on</source>
        <translation>prévu le</translation>
    </message>
    <message>
        <source>Second round date</source>
        <translation>Date du second tour</translation>
    </message>
    <message>
        <source>e-mail or postal address</source>
        <translation>e-mail ou adresse postale</translation>
    </message>
    <message>
        <source>e.g. keep you informed about the campaign</source>
        <translation>ex. : vous informer sur la campagne</translation>
    </message>
    <message>
        <source>1-11 letters or digits</source>
        <translation>1 à 11 lettres ou chiffres</translation>
    </message>
    <message>
        <source>Full (every element in the message)</source>
        <translation>Complètes (tous les éléments dans le message)</translation>
    </message>
    <message>
        <source>Short (with a link to the privacy notice)</source>
        <translation>Abrégées (avec un lien vers la politique de confidentialité)</translation>
    </message>
    <message>
        <source>Full on a person&apos;s first message, short on the next ones</source>
        <translation>Complète au premier message d&apos;une personne, courte ensuite</translation>
    </message>
    <message>
        <source>C&amp;andidate or list:</source>
        <translation>Cand&amp;idat ou liste :</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <source>Sen&amp;der ID:</source>
        <translation>&amp;Nom d&apos;expéditeur :</translation>
    </message>
    <message>
        <source>ST&amp;OP short number:</source>
        <translation>Numéro c&amp;ourt STOP :</translation>
    </message>
    <message>
        <source>Privac&amp;y notice link:</source>
        <translation>Lien vers la politi&amp;que de confidentialité :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Le&amp;gal footer:</source>
        <translation>Mentions lé&amp;gales :</translation>
    </message>
    <message>
        <source>Sending hours: from</source>
        <translation>Heures d’envoi : à partir de</translation>
    </message>
    <message>
        <source>Sending hours: until</source>
        <translation>Heures d’envoi : jusqu’à</translation>
    </message>
    <message>
        <source>Pol&amp;ls close at:</source>
        <translation>Fermeture des &amp;bureaux de vote :</translation>
    </message>
    <message>
        <source>S&amp;MS provider:</source>
        <translation>Presta&amp;taire SMS :</translation>
    </message>
    <message>
        <source>Pr&amp;ice per SMS:</source>
        <translation>Pri&amp;x par SMS :</translation>
    </message>
    <message>
        <source>Ma&amp;x SMS per message:</source>
        <translation>SMS &amp;max. par message :</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Élection :</translation>
    </message>
    <message>
        <source>&amp;First round:</source>
        <translation>P&amp;remier tour :</translation>
    </message>
    <message>
        <source>Second round:</source>
        <translation>Second tour :</translation>
    </message>
    <message>
        <source>&amp;Rights contact:</source>
        <translation>Contact pour les &amp;droits :</translation>
    </message>
    <message>
        <source>Other provider (generic CSV)</source>
        <translation>Autre prestataire (CSV générique)</translation>
    </message>
    <message>
        <source>Allow sending on public holidays</source>
        <translation>Autoriser l&apos;envoi les jours fériés</translation>
    </message>
    <message>
        <source>The electoral silence lasts until the polls close on voting day.</source>
        <translation>Le silence électoral dure jusqu&apos;à la fermeture des bureaux de vote le jour du scrutin.</translation>
    </message>
    <message>
        <source>Sending hours:</source>
        <translation>Heures d&apos;envoi :</translation>
    </message>
    <message>
        <source>Sending days:</source>
        <translation>Jours d&apos;envoi :</translation>
    </message>
</context>
<context>
    <name>ProviderBox</name>
    <message>
        <source>Sending through the provider&apos;s API</source>
        <translation>Envoi par l&apos;API du prestataire</translation>
    </message>
    <message>
        <source>&amp;Provider and credentials…</source>
        <translation>&amp;Prestataire et identifiants…</translation>
    </message>
    <message>
        <source>&amp;Test the credentials</source>
        <translation>Te&amp;ster les identifiants</translation>
    </message>
    <message>
        <source>The app can send through OVHcloud SMS, SMSFactor or Octopush. Without them, export a file for your provider&apos;s website.</source>
        <translation>L&apos;application peut envoyer par OVHcloud SMS, SMSFactor ou Octopush. Sinon, exportez un fichier pour le site de votre prestataire.</translation>
    </message>
    <message>
        <source>{provider} ({endpoint}): credentials stored.</source>
        <translation>{provider} ({endpoint}) : identifiants enregistrés.</translation>
    </message>
    <message>
        <source>{provider}: no credentials yet.</source>
        <translation>{provider} : pas encore d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Interrogation du prestataire…</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Sending through the provider&apos;s API</source>
        <translation>Envoi par l&apos;API du prestataire</translation>
    </message>
    <message>
        <source>Send from a number that can receive replies</source>
        <translation>Envoyer depuis un numéro qui peut recevoir les réponses</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire :</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API :</translation>
    </message>
    <message>
        <source>SMS ser&amp;vice (OVHcloud):</source>
        <translation>&amp;Service SMS (OVHcloud) :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>(stored: leave empty to keep)</source>
        <translation>(enregistré : laissez vide pour le garder)</translation>
    </message>
    <message>
        <source>No credentials stored for this provider yet.</source>
        <translation>Aucun identifiant enregistré pour ce prestataire.</translation>
    </message>
    <message>
        <source>Credentials stored in the system keyring.</source>
        <translation>Identifiants enregistrés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No secure system keyring: credentials stored in the encrypted campaign database.</source>
        <translation>Pas de trousseau système sûr : identifiants enregistrés dans la base chiffrée de la campagne.</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Interrogation du prestataire…</translation>
    </message>
</context>
<context>
    <name>ProviderStepLabel</name>
    <message>
        <source>First, the sent messages and the replies are deleted at {provider} through its API (its STOP list is kept). If it cannot be reached, you may retry or continue without it.</source>
        <translation>D&apos;abord, les messages envoyés et les réponses sont supprimés chez {provider} par son API (sa liste STOP est conservée). S&apos;il est injoignable, vous pourrez réessayer ou continuer sans lui.</translation>
    </message>
    <message>
        <source>No provider&apos;s API is set up: ask {providers} by hand to delete the messages sent and the replies, and delete the files uploaded on its site.</source>
        <translation>Aucune API de prestataire n&apos;est configurée : demandez à {providers}, à la main, de supprimer les messages envoyés et les réponses, et supprimez les fichiers importés sur son site.</translation>
    </message>
    <message>
        <source>Nothing was sent or exported: no provider holds the campaign&apos;s data.</source>
        <translation>Rien n&apos;a été envoyé ni exporté : aucun prestataire ne détient les données de la campagne.</translation>
    </message>
    <message>
        <source>Deleted at {provider}: sent messages {sent}, replies {replies}.</source>
        <translation>Supprimés chez {provider} : messages envoyés {sent}, réponses {replies}.</translation>
    </message>
    <message>
        <source>At {provider}: nothing was deleted.</source>
        <translation>Chez {provider} : rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Ask {provider} by hand to delete: {items}.</source>
        <translation>Demandez à {provider}, à la main, de supprimer : {items}.</translation>
    </message>
    <message>
        <source>Delete by hand the files exported for {providers} if they were uploaded on its site.</source>
        <translation>Supprimez à la main les fichiers exportés pour {providers} s&apos;ils ont été importés sur son site.</translation>
    </message>
</context>
<context>
    <name>RemoveOptOutDialog</name>
    <message>
        <source>Remove an opt-out</source>
        <translation>Retirer une désinscription</translation>
    </message>
    <message>
        <source>{phone} asked not to be contacted. Remove it from the list only if the person asked to hear from you again: write when and how.</source>
        <translation>Le titulaire du {phone} a demandé à ne plus être contacté. Ne retirez ce numéro de la liste que si la personne a demandé à recevoir à nouveau vos messages : indiquez quand et comment.</translation>
    </message>
    <message>
        <source>When and how the person asked</source>
        <translation>Quand et comment la personne l’a demandé</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>Encore %n caractère nécessaire.</numerusform>
            <numerusform>Encore %n caractères nécessaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Compliance check of batch {id}</source>
        <translation>Contrôle de conformité de l&apos;envoi {id}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Compliance check</source>
        <translation>Contrôle de conformité</translation>
    </message>
    <message>
        <source>Every rule the law and the providers set, checked on the frozen messages.</source>
        <translation>Toutes les règles fixées par la loi et les prestataires, vérifiées sur les messages figés.</translation>
    </message>
    <message>
        <source>Next: choose the file format for your provider.</source>
        <translation>Étape suivante : choisissez le format de fichier pour votre prestataire.</translation>
    </message>
    <message>
        <source>The batch is kept. Export it from the Sendings page once the problem is solved or the time allows it; it is checked again then.</source>
        <translation>L&apos;envoi est conservé. Exportez-le depuis la page Envois une fois le problème résolu ou quand l&apos;horaire le permet ; il sera alors vérifié de nouveau.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>The batch passes every check: it may be exported now.</source>
        <translation>L&apos;envoi passe tous les contrôles : il peut être exporté dès maintenant.</translation>
    </message>
    <message>
        <source>The batch cannot be exported now.</source>
        <translation>L&apos;envoi ne peut pas être exporté maintenant.</translation>
    </message>
    <message>
        <source>Next allowed moment: {moment}.</source>
        <translation>Prochain moment autorisé : {moment}.</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <source>Export the data held</source>
        <translation>Exporter les données détenues</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>Rights request</source>
        <translation>Demande d&apos;exercice des droits</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>What the app holds about this number</source>
        <translation>Ce que l’application conserve sur ce numéro</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>E&amp;rase</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>&amp;Oppose (erase and block)</source>
        <translation>S&apos;&amp;opposer (effacer et bloquer)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Answer within one month. Find the number to see everything held about it.</source>
        <translation>Répondez sous un mois. Recherchez le numéro pour voir tout ce qui est détenu à son sujet.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <source>Erase everything held about {phone} and block the number for good? This cannot be undone.</source>
        <translation>Effacer tout ce qui est détenu sur le {phone} et bloquer définitivement ce numéro ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase everything held about {phone}? This cannot be undone.</source>
        <translation>Effacer tout ce qui est détenu sur le {phone} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erased; the number is now blocked.</source>
        <translation>Effacé ; le numéro est désormais bloqué.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Effacé.</translation>
    </message>
    <message>
        <source>The file cannot be written: {error}</source>
        <translation>Impossible d&apos;écrire le fichier : {error}</translation>
    </message>
    <message>
        <source>Not in the contact list.</source>
        <translation>Absent de la liste de contacts.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Preuve du consentement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source description</source>
        <translation>Description de la source</translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation>Obtenu le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Wording at collection</source>
        <translation>Formulation lors de la collecte</translation>
    </message>
    <message>
        <source>In the list since</source>
        <translation>Dans la liste depuis le</translation>
    </message>
    <message>
        <source>Not on the opt-out list.</source>
        <translation>Absent de la liste des désinscriptions.</translation>
    </message>
    <message>
        <source>Blocked since {since} ({channel}).</source>
        <translation>Bloqué depuis le {since} ({channel}).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent or prepared.</source>
        <translation>
            <numerusform>%n message envoyé ou préparé.</numerusform>
            <numerusform>%n messages envoyés ou préparés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>rules.md</source>
        <translation>rules.fr.md</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The rules the app enforces&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Les règles que l&apos;application applique&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Who receives it</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Narrow the recipients if you wish; a list where nothing is ticked does not filter. Consent and opt-outs are always applied.</source>
        <translation>Restreignez les destinataires si vous le souhaitez ; une liste où rien n&apos;est coché ne filtre pas. Le consentement et les désinscriptions sont toujours appliqués.</translation>
    </message>
    <message>
        <source>&amp;Create the batch</source>
        <translation>&amp;Créer l&apos;envoi</translation>
    </message>
    <message>
        <source>Leave out people &amp;messaged since:</source>
        <translation>Exclure les personnes déjà contactées &amp;depuis le :</translation>
    </message>
    <message>
        <source>Messaged since</source>
        <translation>Contactés depuis le</translation>
    </message>
    <message>
        <source>Max SMS per message for this batch</source>
        <translation>SMS maximum par message pour ce lot</translation>
    </message>
    <message>
        <source>Max SMS per message for this batch:</source>
        <translation>SMS au plus par message pour cet envoi :</translation>
    </message>
    <message>
        <source>(no tags yet)</source>
        <translation>(aucune étiquette pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(no communes yet)</source>
        <translation>(aucune commune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Where the contact came from</source>
        <translation>Origine du contact</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) can receive this message.</source>
        <translation>
            <numerusform>%n contact peut recevoir ce message.</numerusform>
            <numerusform>%n contacts peuvent recevoir ce message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those messaged since the date will be left out when created.</source>
        <translation>Les personnes contactées depuis cette date seront exclues lors de la création.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send batch {id}</source>
        <translation>Envoyer l&apos;envoi {id}</translation>
    </message>
    <message>
        <source>Set up the provider&apos;s API first: Settings &gt; Sending through the provider&apos;s API.</source>
        <translation>Configurez d&apos;abord l&apos;API du prestataire : Paramètres &gt; Envoi par l&apos;API du prestataire.</translation>
    </message>
    <message>
        <source>The batch is checked again, the STOP list of {provider} is read, then each message is handed over once. Cancel stops between two requests.</source>
        <translation>L&apos;envoi est contrôlé à nouveau, la liste STOP de {provider} est lue, puis chaque message est remis une seule fois. Annuler arrête entre deux requêtes.</translation>
    </message>
    <message>
        <source>Send &amp;now (refused outside the allowed hours)</source>
        <translation>Envoyer &amp;maintenant (refusé hors des heures permises)</translation>
    </message>
    <message>
        <source>Let the provider send at the &amp;next allowed moment</source>
        <translation>Laisser le prestataire envoyer au &amp;prochain moment permis</translation>
    </message>
    <message>
        <source>&amp;Simulation only: nothing is sent</source>
        <translation>&amp;Simulation seulement : rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Arrêt après la requête en cours…</translation>
    </message>
    <message>
        <source>{count} new opt-out(s) from the provider&apos;s STOP list.</source>
        <translation>{count} nouvelle(s) désinscription(s) venue(s) de la liste STOP du prestataire.</translation>
    </message>
    <message>
        <source>Simulation: {accepted} accepted, {failed} refused. Nothing was sent.</source>
        <translation>Simulation : {accepted} acceptés, {failed} refusés. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>{accepted} accepted by the provider, {failed} failed, {pending} not sent yet, {held} held.</source>
        <translation>{accepted} acceptés par le prestataire, {failed} en échec, {pending} pas encore envoyés, {held} retenus.</translation>
    </message>
    <message>
        <source>Held messages were being handed over when sending stopped, and the provider cannot tell whether they left: check its sent messages, then run campagne batch release {id} --sent or --not-sent.</source>
        <translation>Les messages retenus étaient en cours de transmission quand l&apos;envoi s&apos;est arrêté, et le prestataire ne peut pas dire s&apos;ils sont partis : consultez ses messages envoyés, puis lancez campagne batch release {id} --sent ou --not-sent.</translation>
    </message>
    <message>
        <source>The provider could not be reached ({reason}): send again later.</source>
        <translation>Le prestataire est injoignable ({reason}) : renvoyez plus tard.</translation>
    </message>
    <message>
        <source>Cancelled: click Send to resume.</source>
        <translation>Annulé : cliquez sur Envoyer pour reprendre.</translation>
    </message>
</context>
<context>
    <name>SendingsPage</name>
    <message>
        <source>Choose the provider&apos;s received-messages file</source>
        <translation>Choisir le fichier des messages reçus du prestataire</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sendings</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>A batch freezes exactly what each person will receive. It is checked against the law before any export; then send the file from your provider&apos;s site.</source>
        <translation>Un envoi fige exactement ce que chaque personne recevra. Sa conformité à la loi est vérifiée avant tout export ; envoyez ensuite le fichier depuis le site de votre prestataire.</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouvel envoi…</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>Envo&amp;yer…</translation>
    </message>
    <message>
        <source>Send through the provider&apos;s API</source>
        <translation>Envoyer par l&apos;API du prestataire</translation>
    </message>
    <message>
        <source>S&amp;plit by time zone</source>
        <translation>&amp;Scinder par fuseau</translation>
    </message>
    <message>
        <source>&amp;Messages…</source>
        <translation>&amp;Messages…</translation>
    </message>
    <message>
        <source>The frozen messages, exactly as each person receives them (or double-click)</source>
        <translation>Les messages figés, exactement tels que chaque personne les reçoit (ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Remove a batch that was never exported nor sent; its people become free</source>
        <translation>Supprimer un envoi jamais exporté ni envoyé ; ses destinataires redeviennent disponibles</translation>
    </message>
    <message>
        <source>Import &amp;replies…</source>
        <translation>Importer les &amp;réponses…</translation>
    </message>
    <message>
        <source>Export the &amp;ledger…</source>
        <translation>Exporter le re&amp;levé des coûts…</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>No batch yet. Click “New batch…” to prepare your first sending.</source>
        <translation>Aucun envoi pour l&apos;instant. Cliquez sur « Nouvel envoi… » pour préparer votre premier envoi.</translation>
    </message>
    <message>
        <source>Batch {id}, template “{name}”.</source>
        <translation>Envoi {id}, modèle « {name} ».</translation>
    </message>
    <message>
        <source>{reason}: {count}</source>
        <translation>{reason} : {count}</translation>
    </message>
    <message>
        <source>Left out: {list}.</source>
        <translation>Écartés : {list}.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with names written without costly accents.</source>
        <translation>
            <numerusform>%n message dont les noms sont écrits sans les accents coûteux.</numerusform>
            <numerusform>%n messages dont les noms sont écrits sans les accents coûteux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped before the end: %n message(s) not handed over yet. Click “Send…” to resume.</source>
        <translation>
            <numerusform>L&apos;envoi s&apos;est arrêté avant la fin : %n message pas encore remis. Cliquez sur « Envoyer… » pour reprendre.</numerusform>
            <numerusform>L&apos;envoi s&apos;est arrêté avant la fin : %n messages pas encore remis. Cliquez sur « Envoyer… » pour reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking batch {id}…</source>
        <translation>Vérification de l&apos;envoi {id}…</translation>
    </message>
    <message>
        <source>Batch {id} was replaced by batches {parts}, one per time zone.</source>
        <translation>Le lot {id} a été remplacé par les lots {parts}, un par fuseau horaire.</translation>
    </message>
    <message numerus="yes">
        <source>Discard batch {id} (“{name}”, %n message(s))? Its messages are deleted; nothing was sent. Its people may then be in a new batch.</source>
        <translation>
            <numerusform>Abandonner l&apos;envoi {id} (« {name} », %n message) ? Ses messages sont supprimés ; rien n&apos;a été envoyé. Ses destinataires pourront figurer dans un nouvel envoi.</numerusform>
            <numerusform>Abandonner l&apos;envoi {id} (« {name} », %n messages) ? Ses messages sont supprimés ; rien n&apos;a été envoyé. Ses destinataires pourront figurer dans un nouvel envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the batch</source>
        <translation>Abandonner l&apos;envoi</translation>
    </message>
    <message>
        <source>Batch {id} discarded.</source>
        <translation>Envoi {id} abandonné.</translation>
    </message>
    <message>
        <source>Replies to read</source>
        <translation>Réponses à lire</translation>
    </message>
    <message>
        <source>These numbers get no message until you read their reply and decide (Opt-outs page, Replies to read).

{replies}</source>
        <translation>Ces numéros ne reçoivent aucun message tant que vous n&apos;avez pas lu leur réponse et décidé (page Désinscriptions, Réponses à lire).

{replies}</translation>
    </message>
    <message>
        <source>Replies read. Opt-outs recorded: {stop}; consents granted: {yes}; refusals: {no}; other or unknown: {other}; invalid numbers: {invalid}.</source>
        <translation>Réponses lues. Désinscriptions enregistrées : {stop} ; consentements accordés : {yes} ; refus : {no} ; autres ou inconnues : {other} ; numéros invalides : {invalid}.</translation>
    </message>
    <message numerus="yes">
        <source>Ledger written to {path}: %n batch(es), total {total}.</source>
        <translation>
            <numerusform>Relevé des coûts écrit dans {path} : %n envoi, total {total}.</numerusform>
            <numerusform>Relevé des coûts écrit dans {path} : %n envois, total {total}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir en arrière</translation>
    </message>
    <message>
        <source>La&amp;nguage (after a restart):</source>
        <translation>&amp;Langue (après redémarrage) :</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Keep accents in names (costs more)</source>
        <translation>Garder les accents des noms (pl&amp;us cher)</translation>
    </message>
    <message>
        <source>Off: letters SMS cannot carry cheaply (ç, ï, ô, œ...) are written without their accent in names and communes, so every message stays in standard characters, 160 to an SMS. On: names are sent as written, and one such letter can double the price of that person&apos;s message or leave them out over the SMS cap.</source>
        <translation>Décoché : les lettres qu&apos;un SMS ne transporte pas à bas prix (ç, ï, ô, œ...) sont écrites sans accent dans les noms et les communes, si bien que chaque message reste en caractères standard, 160 par SMS. Coché : les noms partent tels qu&apos;écrits, et une seule de ces lettres peut doubler le prix du message de la personne ou l&apos;écarter au-delà du nombre maximal de SMS.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields above.</source>
        <translation>Non enregistré : veuillez corriger les champs ci-dessus.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Where do these contacts come from?</source>
        <translation>D&apos;où viennent ces contacts ?</translation>
    </message>
    <message>
        <source>The law asks you to prove the origin of each number and the consent of each person. This declaration is kept with every contact of the file.</source>
        <translation>La loi vous demande de prouver l&apos;origine de chaque numéro et le consentement de chaque personne. Cette déclaration est conservée avec chaque contact du fichier.</translation>
    </message>
    <message>
        <source>e.g. sign-up form at the market, 2 February; file rented from Company X</source>
        <translation>ex. : formulaire d&apos;inscription au marché, 2 février ; fichier loué à la société X</translation>
    </message>
    <message>
        <source>The sentence people agreed to, e.g. “I agree to receive SMS from …”</source>
        <translation>La phrase acceptée par les personnes, ex. : « J&apos;accepte de recevoir des SMS de … »</translation>
    </message>
    <message>
        <source>&amp;Kind of source:</source>
        <translation>T&amp;ype de source :</translation>
    </message>
    <message>
        <source>&amp;Description (required):</source>
        <translation>&amp;Description (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>Date d&apos;&amp;obtention :</translation>
    </message>
    <message>
        <source>&amp;Wording at collection:</source>
        <translation>&amp;Formulation lors de la collecte :</translation>
    </message>
    <message>
        <source>Con&amp;sent:</source>
        <translation>&amp;Consentement :</translation>
    </message>
    <message>
        <source>Contacts from this source are imported as pending: they may only receive one message asking for their consent, and count as consenting only after a positive answer.</source>
        <translation>Les contacts de cette source sont importés en attente : ils ne peuvent recevoir qu&apos;un seul message leur demandant leur consentement, et ne sont considérés comme consentants qu&apos;après une réponse positive.</translation>
    </message>
    <message>
        <source>Choose Granted only if every person in the file agreed to receive political messages; the wording above is kept as the evidence.</source>
        <translation>Choisissez « Accordé » uniquement si chaque personne du fichier a accepté de recevoir des messages politiques ; la formulation ci-dessus est conservée comme preuve.</translation>
    </message>
    <message>
        <source>Required for a rented or purchased file: the wording that told people their number could be used for political messages. Without it the file cannot be used.</source>
        <translation>Obligatoire pour un fichier loué ou acheté : la formulation qui a informé les personnes que leur numéro pourrait servir à des messages politiques. Sans elle, le fichier est inutilisable.</translation>
    </message>
    <message>
        <source>Every SMS to these contacts will say where the number came from:
{line}</source>
        <translation>Chaque SMS à ces contacts dira d&apos;où vient le numéro :
{line}</translation>
    </message>
    <message>
        <source>Every SMS to these contacts will carry this line, word for word (write what voters may read):
{line}</source>
        <translation>Chaque SMS à ces contacts portera cette ligne, mot pour mot (écrivez ce que les électeurs peuvent lire) :
{line}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Campaign message (consenting contacts)</source>
        <translation>Message de campagne (contacts consentants)</translation>
    </message>
    <message>
        <source>Consent request (one message, pending contacts)</source>
        <translation>Demande de consentement (un seul message, contacts en attente)</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>Insérer une &amp;variable</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Bonjour {{ prenom }}, … (the legal notice is added below automatically)</source>
        <translation>Bonjour {{ prenom }}, … (les mentions légales sont ajoutées automatiquement en dessous)</translation>
    </message>
    <message>
        <source>Legal notice added by the app</source>
        <translation>Mentions légales ajoutées par l&apos;application</translation>
    </message>
    <message>
        <source>Built from the campaign profile and the contact&apos;s source; it cannot be edited.</source>
        <translation>Construites à partir du profil de la campagne et de la source du contact ; elles ne sont pas modifiables.</translation>
    </message>
    <message>
        <source>Added by the app to every message (legal notice, locked):</source>
        <translation>Ajouté par l&apos;application à chaque message (mentions légales, verrouillées) :</translation>
    </message>
    <message>
        <source>SMS parts · encoding · characters used / room in those parts</source>
        <translation>SMS · encodage · caractères utilisés / place disponible dans ces SMS</translation>
    </message>
    <message>
        <source>Smart encoding: this name is sent without the accents SMS cannot carry cheaply (Settings: keep accents).</source>
        <translation>Encodage intelligent : ce nom part sans les accents que les SMS ne transportent pas à bas prix (Paramètres : garder les accents).</translation>
    </message>
    <message>
        <source>&amp;Fix characters…</source>
        <translation>Corri&amp;ger…</translation>
    </message>
    <message>
        <source>Replace the special characters that make each SMS shorter</source>
        <translation>Remplacer les caractères spéciaux qui raccourcissent chaque SMS</translation>
    </message>
    <message>
        <source>Preview: the message as it will be received</source>
        <translation>Aperçu : le message tel qu&apos;il sera reçu</translation>
    </message>
    <message>
        <source>no commune</source>
        <translation>sans commune</translation>
    </message>
    <message>
        <source>Typical for the kind</source>
        <translation>Selon le type</translation>
    </message>
    <message>
        <source>Sample c&amp;ontact:</source>
        <translation>Con&amp;tact d&apos;exemple :</translation>
    </message>
    <message>
        <source>Sample sou&amp;rce:</source>
        <translation>&amp;Source d&apos;exemple :</translation>
    </message>
    <message>
        <source>Or a contact&apos;s n&amp;umber:</source>
        <translation>Ou un n&amp;uméro :</translation>
    </message>
    <message>
        <source>06 12 34 56 78 (empty: the sample above)</source>
        <translation>06 12 34 56 78 (vide : exemple ci-dessus)</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Added by the app to every message (legal notice, locked, {count} characters; the short form in Settings is shorter):</source>
        <translation>Ajouté par l&apos;application à chaque message (mentions légales, verrouillées, {count} caractères ; la forme courte, dans les Paramètres, est plus brève) :</translation>
    </message>
    <message>
        <source>{count} · over the limit of {cap} SMS (Settings): left out of batches</source>
        <translation>{count} · au-delà de la limite de {cap} SMS (Paramètres) : écarté des envois</translation>
    </message>
    <message>
        <source>Special characters make each SMS hold 70 characters instead of 160: {chars}</source>
        <translation>Des caractères spéciaux réduisent chaque SMS à 70 caractères au lieu de 160 : {chars}</translation>
    </message>
    <message>
        <source>This message could not be sent: it lacks {what}.</source>
        <translation>Ce message ne pourrait pas être envoyé : il manque {what}.</translation>
    </message>
    <message numerus="yes">
        <source>With the full footer: %n SMS</source>
        <translation>
            <numerusform>Avec la mention complète : %n SMS</numerusform>
            <numerusform>Avec la mention complète : %n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>the short footer needs a privacy notice link (Settings)</source>
        <translation>la mention courte demande un lien vers la politique de confidentialité (Paramètres)</translation>
    </message>
    <message numerus="yes">
        <source>with the short footer: %n SMS</source>
        <translation>
            <numerusform>avec la mention courte : %n SMS</numerusform>
            <numerusform>avec la mention courte : %n SMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Choose the message</source>
        <translation>Choisir le message</translation>
    </message>
    <message>
        <source>Only approved templates can be sent. The legal notice is added to each SMS.</source>
        <translation>Seuls les modèles approuvés peuvent être envoyés. Les mentions légales sont ajoutées à chaque SMS.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>No template is approved yet: write one on the Messages page and approve it, then come back here.</source>
        <translation>Aucun modèle n&apos;est encore approuvé : rédigez-en un sur la page Messages et approuvez-le, puis revenez ici.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Text (before the legal notice):</source>
        <translation>Texte (avant les mentions légales) :</translation>
    </message>
    <message>
        <source>Consent request: only contacts whose consent is pending and who were never asked before. Each person is asked once, ever.</source>
        <translation>Demande de consentement : uniquement les contacts dont le consentement est en attente et qui n&apos;ont jamais été sollicités. Chaque personne n&apos;est sollicitée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Campaign message: only contacts who gave their consent.</source>
        <translation>Message de campagne : uniquement les contacts qui ont donné leur consentement.</translation>
    </message>
</context>
<context>
    <name>VolunteerWindow</name>
    <message>
        <source>Campagne Desktop: volunteer workspace</source>
        <translation>Campagne Desktop : espace bénévole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Volunteer workspace&lt;/h2&gt;&lt;p&gt;Write messages for the campaign without any contact list. Open the profile file the candidate gave you: previews then show the real legal notice, on invented people.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Espace bénévole&lt;/h2&gt;&lt;p&gt;Rédigez des messages pour la campagne sans aucune liste de contacts. Ouvrez le fichier de profil que le candidat vous a remis : les aperçus affichent alors les vraies mentions légales, sur des personnes fictives.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the profile file…</source>
        <translation>&amp;Ouvrir le fichier de profil…</translation>
    </message>
    <message>
        <source>Template name, e.g. Invitation réunion</source>
        <translation>Nom du modèle, ex. : Invitation réunion</translation>
    </message>
    <message>
        <source>&amp;Export template file…</source>
        <translation>&amp;Exporter le fichier de modèle…</translation>
    </message>
    <message>
        <source>A file to give the candidate, who imports it</source>
        <translation>Un fichier à remettre au candidat, qui l&apos;importe</translation>
    </message>
    <message>
        <source>Open a &amp;template file…</source>
        <translation>Ouvrir un fichier de &amp;modèle…</translation>
    </message>
    <message>
        <source>Change &amp;profile file…</source>
        <translation>Changer de fichier de &amp;profil…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&lt;b&gt;{candidate}&lt;/b&gt;: previews use invented people and the campaign&apos;s real legal notice. No contacts are stored on this computer.</source>
        <translation>&lt;b&gt;{candidate}&lt;/b&gt; : les aperçus utilisent des personnes fictives et les vraies mentions légales de la campagne. Aucun contact n&apos;est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open the profile file</source>
        <translation>Ouvrir le fichier de profil</translation>
    </message>
    <message>
        <source>Profile files (*{suffix} *.json)</source>
        <translation>Fichiers de profil (*{suffix} *.json)</translation>
    </message>
    <message>
        <source>Template files (*{suffix} *.json)</source>
        <translation>Fichiers de modèle (*{suffix} *.json)</translation>
    </message>
    <message>
        <source>Open a template file</source>
        <translation>Ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Written to {path}. Give this file to the candidate.</source>
        <translation>Écrit dans {path}. Remettez ce fichier au candidat.</translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <source>Welcome to Campagne Desktop</source>
        <translation>Bienvenue dans Campagne Desktop</translation>
    </message>
    <message>
        <source>This assistant creates your campaign. Everything stays on this computer, in an encrypted database.

The app adds the legal notice to every message for you: who sends it, where the number came from, what it is for, how to exercise data rights, and STOP PROSPECTION. It checks consent, opt-outs, sending hours and the electoral silence before anything goes out.

After the election, one click destroys everything and gives you a certificate.</source>
        <translation>Cet assistant crée votre campagne. Tout reste sur cet ordinateur, dans une base de données chiffrée.

L&apos;application ajoute pour vous les mentions légales à chaque message : qui l&apos;envoie, d&apos;où vient le numéro, à quoi il sert, comment exercer ses droits sur ses données, et STOP PROSPECTION. Elle vérifie le consentement, les désinscriptions, les heures d&apos;envoi et le silence électoral avant tout envoi.

Après l&apos;élection, un clic détruit tout et vous remet un certificat d&apos;effacement.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>Your campaign</source>
        <translation>Votre campagne</translation>
    </message>
    <message>
        <source>These details go into the legal notice of every message. You can change them later in Settings.</source>
        <translation>Ces informations figurent dans les mentions légales de chaque message. Vous pourrez les modifier plus tard dans Paramètres.</translation>
    </message>
</context>
<context>
    <name>_SecurityPage</name>
    <message>
        <source>Protecting the data</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>The database will be encrypted with a random key kept in your system&apos;s keyring. You will not need to type anything to open it.</source>
        <translation>La base de données sera chiffrée avec une clé aléatoire conservée dans le trousseau de votre système. Vous n&apos;aurez rien à taper pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No secure system keyring was found on this computer. The database will be encrypted with a passphrase that you choose when you click Finish. Without it, nobody, not even you, can open the campaign.</source>
        <translation>Aucun trousseau système sécurisé n&apos;a été trouvé sur cet ordinateur. La base de données sera chiffrée avec une phrase secrète que vous choisirez en cliquant sur Terminer. Sans elle, personne, pas même vous, ne peut ouvrir la campagne.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s : erreur : %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%(filename)s&#xa0;» : %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>prepare, check and export batches of messages</source>
        <translation>préparer, vérifier et exporter des envois de messages</translation>
    </message>
    <message>
        <source>freeze the messages of an approved template</source>
        <translation>figer les messages d&apos;un modèle approuvé</translation>
    </message>
    <message>
        <source>the maximum SMS per message for this batch only (default: the profile&apos;s)</source>
        <translation>le nombre maximal de SMS par message pour cet envoi seulement (par défaut : celui du profil)</translation>
    </message>
    <message>
        <source>list batches</source>
        <translation>lister les envois</translation>
    </message>
    <message>
        <source>show one batch</source>
        <translation>afficher un envoi</translation>
    </message>
    <message>
        <source>run the compliance check (exit 3 if refused)</source>
        <translation>lancer la vérification de conformité (code de sortie 3 si refusé)</translation>
    </message>
    <message>
        <source>write the file for your SMS provider</source>
        <translation>écrire le fichier pour votre prestataire SMS</translation>
    </message>
    <message>
        <source>export a batch that was already exported (risk of double sends)</source>
        <translation>exporter un envoi déjà exporté (risque d&apos;envois en double)</translation>
    </message>
    <message>
        <source>export even when less than 30 minutes are left to send the file</source>
        <translation>exporter même s&apos;il reste moins de 30 minutes pour envoyer le fichier</translation>
    </message>
    <message>
        <source>remove a batch never exported nor sent (frees its people)</source>
        <translation>supprimer un envoi jamais exporté ni envoyé (libère ses destinataires)</translation>
    </message>
    <message>
        <source>the frozen messages of a batch</source>
        <translation>les messages figés d&apos;un envoi</translation>
    </message>
    <message>
        <source>print JSON on stdout</source>
        <translation>écrire du JSON sur la sortie standard</translation>
    </message>
    <message>
        <source>read replies: OUI grants consent, STOP opts out</source>
        <translation>lire les réponses : OUI donne le consentement, STOP désinscrit</translation>
    </message>
    <message>
        <source>a provider&apos;s received-messages export</source>
        <translation>l&apos;export des messages reçus d&apos;un prestataire</translation>
    </message>
    <message>
        <source>the cost of each batch, for the campaign&apos;s accounts</source>
        <translation>le coût de chaque envoi, pour les comptes de campagne</translation>
    </message>
    <message>
        <source>write the ledger (CSV)</source>
        <translation>écrire le relevé des coûts (CSV)</translation>
    </message>
    <message>
        <source>create the campaign and its encrypted database</source>
        <translation>créer la campagne et sa base de données chiffrée</translation>
    </message>
    <message>
        <source>candidate or list name</source>
        <translation>nom du candidat ou de la liste</translation>
    </message>
    <message>
        <source>election kind</source>
        <translation>type d&apos;élection</translation>
    </message>
    <message>
        <source>first round (YYYY-MM-DD)</source>
        <translation>premier tour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>second round (YYYY-MM-DD), if any</source>
        <translation>second tour (AAAA-MM-JJ), s&apos;il y en a un</translation>
    </message>
    <message>
        <source>where people exercise their rights</source>
        <translation>où les personnes exercent leurs droits</translation>
    </message>
    <message>
        <source>what the messages are for</source>
        <translation>à quoi servent les messages</translation>
    </message>
    <message>
        <source>SMS sender name, 1-11 letters/digits</source>
        <translation>nom d&apos;expéditeur SMS, 1 à 11 lettres ou chiffres</translation>
    </message>
    <message>
        <source>STOP short number, e.g. 36111</source>
        <translation>numéro court STOP, ex. : 36111</translation>
    </message>
    <message>
        <source>link to the privacy notice</source>
        <translation>lien vers la politique de confidentialité</translation>
    </message>
    <message>
        <source>campaign time zone</source>
        <translation>fuseau horaire de la campagne</translation>
    </message>
    <message>
        <source>legal footer: full (every element) or short (with privacy link)</source>
        <translation>mentions légales : full (tous les éléments) ou short (avec le lien de confidentialité)</translation>
    </message>
    <message>
        <source>show or change the campaign profile</source>
        <translation>afficher ou modifier le profil de la campagne</translation>
    </message>
    <message>
        <source>print the profile</source>
        <translation>afficher le profil</translation>
    </message>
    <message>
        <source>change one field</source>
        <translation>modifier un champ</translation>
    </message>
    <message>
        <source>list what was done (no personal data)</source>
        <translation>lister ce qui a été fait (sans données personnelles)</translation>
    </message>
    <message>
        <source>how many events (newest first)</source>
        <translation>combien d&apos;événements (les plus récents d&apos;abord)</translation>
    </message>
    <message>
        <source>create a demonstration campaign with synthetic data</source>
        <translation>créer une campagne de démonstration avec des données fictives</translation>
    </message>
    <message>
        <source>import contacts from CSV, XLSX or vCard</source>
        <translation>importer des contacts depuis un fichier CSV, XLSX ou vCard</translation>
    </message>
    <message>
        <source>where the contacts come from</source>
        <translation>d&apos;où viennent les contacts</translation>
    </message>
    <message>
        <source>who, when, under what wording (kept as proof)</source>
        <translation>qui, quand, avec quelle formulation (conservé comme preuve)</translation>
    </message>
    <message>
        <source>granted only for form, newsletter, field and other sources</source>
        <translation>accordé seulement pour les sources formulaire, lettre d&apos;information, terrain et autre</translation>
    </message>
    <message>
        <source>the wording shown to people at collection</source>
        <translation>la formulation montrée aux personnes lors de la collecte</translation>
    </message>
    <message>
        <source>date obtained (YYYY-MM-DD)</source>
        <translation>date d&apos;obtention (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>spreadsheet sheet name (default: the first)</source>
        <translation>nom de la feuille du classeur (par défaut : la première)</translation>
    </message>
    <message>
        <source>choose a column by hand, e.g. phone=Mobile (repeatable)</source>
        <translation>choisir une colonne à la main, ex. : phone=Mobile (répétable)</translation>
    </message>
    <message>
        <source>report without writing</source>
        <translation>rendre compte sans rien écrire</translation>
    </message>
    <message>
        <source>list, show and tag contacts</source>
        <translation>lister, afficher et étiqueter les contacts</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>lister les contacts</translation>
    </message>
    <message>
        <source>name, commune or number</source>
        <translation>nom, commune ou numéro</translation>
    </message>
    <message>
        <source>only those a campaign SMS or a consent request may reach, or who opted out</source>
        <translation>seulement les personnes qu&apos;un SMS de campagne ou une demande de consentement peut atteindre, ou celles qui se sont désinscrites</translation>
    </message>
    <message>
        <source>at most N contacts</source>
        <translation>au plus N contacts</translation>
    </message>
    <message>
        <source>show one contact</source>
        <translation>afficher un contact</translation>
    </message>
    <message>
        <source>add or remove tags</source>
        <translation>ajouter ou retirer des étiquettes</translation>
    </message>
    <message>
        <source>the opt-out list (never messaged again)</source>
        <translation>la liste des désinscriptions (plus jamais de message)</translation>
    </message>
    <message>
        <source>block a number</source>
        <translation>bloquer un numéro</translation>
    </message>
    <message>
        <source>how the request came (kept as a note)</source>
        <translation>comment la demande est arrivée (conservé en note)</translation>
    </message>
    <message>
        <source>a provider&apos;s STOP/blacklist export or a list</source>
        <translation>l&apos;export STOP/liste noire d&apos;un prestataire, ou une liste</translation>
    </message>
    <message>
        <source>list blocked numbers</source>
        <translation>lister les numéros bloqués</translation>
    </message>
    <message>
        <source>unblock a number (needs a written reason)</source>
        <translation>débloquer un numéro (motif écrit obligatoire)</translation>
    </message>
    <message>
        <source>record consent or refusal; unanswered requests after two months</source>
        <translation>enregistrer un consentement ou un refus ; demandes sans réponse après deux mois</translation>
    </message>
    <message>
        <source>record a contact&apos;s consent</source>
        <translation>enregistrer le consentement d&apos;un contact</translation>
    </message>
    <message>
        <source>record a contact&apos;s refusal</source>
        <translation>enregistrer le refus d&apos;un contact</translation>
    </message>
    <message>
        <source>the reply or form, with its date</source>
        <translation>la réponse ou le formulaire, avec sa date</translation>
    </message>
    <message>
        <source>contacts whose consent request went unanswered for two months</source>
        <translation>les contacts dont la demande de consentement est restée sans réponse deux mois</translation>
    </message>
    <message>
        <source>erase them; their numbers stay blocked so they are never asked again</source>
        <translation>les effacer ; leurs numéros restent bloqués pour qu&apos;on ne les sollicite plus jamais</translation>
    </message>
    <message>
        <source>answer a data-protection request</source>
        <translation>répondre à une demande relative aux données personnelles</translation>
    </message>
    <message>
        <source>file for `rights export` (JSON)</source>
        <translation>fichier pour `rights export` (JSON)</translation>
    </message>
    <message>
        <source>add one contact by hand (door-to-door, market stall, phone, paper form)</source>
        <translation>ajouter un contact à la main (porte-à-porte, stand de marché, téléphone, formulaire papier)</translation>
    </message>
    <message>
        <source>Add one person who signed up in person. They count as consenting only with --consented (they explicitly agreed to the wording); otherwise they may only receive one consent request.</source>
        <translation>Ajoute une personne qui s&apos;est inscrite en personne. Elle ne compte comme consentante qu&apos;avec --consented (elle a accepté explicitement le texte présenté) ; sinon elle ne peut recevoir qu&apos;une seule demande de consentement.</translation>
    </message>
    <message>
        <source>e.g. &quot;06 12 34 56 78&quot;</source>
        <translation>par exemple « 06 12 34 56 78 »</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>peut être répété</translation>
    </message>
    <message>
        <source>what the person was shown or read (default: the campaign&apos;s collection wording)</source>
        <translation>ce qui a été montré ou lu à la personne (par défaut : le texte de collecte de la campagne)</translation>
    </message>
    <message>
        <source>the person explicitly agreed to receive the campaign&apos;s SMS</source>
        <translation>la personne a accepté explicitement de recevoir les SMS de la campagne</translation>
    </message>
    <message>
        <source>how the number was collected (default: door_to_door)</source>
        <translation>comment le numéro a été recueilli (par défaut : door_to_door, porte-à-porte)</translation>
    </message>
    <message>
        <source>the volunteer (default: you)</source>
        <translation>le ou la bénévole (par défaut : vous)</translation>
    </message>
    <message>
        <source>Campagne Desktop: compliant political SMS campaigns (command line).</source>
        <translation>Campagne Desktop : campagnes SMS politiques conformes (ligne de commande).</translation>
    </message>
    <message>
        <source>keep the campaign in DIR instead of the user data folder</source>
        <translation>garder la campagne dans DIR au lieu du dossier de données de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>print one JSON document on stdout</source>
        <translation>écrire un document JSON sur la sortie standard</translation>
    </message>
    <message>
        <source>the SMS provider&apos;s API and its credentials</source>
        <translation>l&apos;API du prestataire SMS et ses identifiants</translation>
    </message>
    <message>
        <source>store credentials (from the provider&apos;s usual variables, or asked) and use it</source>
        <translation>enregistrer les identifiants (lus dans les variables habituelles du prestataire, ou demandés) et l&apos;utiliser</translation>
    </message>
    <message>
        <source>API address or region</source>
        <translation>adresse ou région de l&apos;API</translation>
    </message>
    <message>
        <source>OVHcloud SMS service name</source>
        <translation>nom du service SMS OVHcloud</translation>
    </message>
    <message>
        <source>OVHcloud: send from a number that can receive replies (no sender name)</source>
        <translation>OVHcloud : envoyer depuis un numéro qui peut recevoir les réponses (sans nom d&apos;expéditeur)</translation>
    </message>
    <message>
        <source>check the stored credentials</source>
        <translation>vérifier les identifiants enregistrés</translation>
    </message>
    <message>
        <source>before `wipe`: delete sent messages and replies at the provider</source>
        <translation>avant `wipe` : supprimer chez le prestataire les messages envoyés et les réponses</translation>
    </message>
    <message>
        <source>the candidate&apos;s name</source>
        <translation>le nom du candidat</translation>
    </message>
    <message>
        <source>which provider, where, and whether credentials are set</source>
        <translation>quel prestataire, où, et si les identifiants sont enregistrés</translation>
    </message>
    <message>
        <source>read the replies that hold their numbers, and decide on each</source>
        <translation>lire les réponses qui retiennent leurs numéros, et décider pour chacune</translation>
    </message>
    <message>
        <source>the reply objects: block the number for good</source>
        <translation>la réponse est une opposition : bloquer le numéro définitivement</translation>
    </message>
    <message>
        <source>the reply agrees: record consent, the reply as proof</source>
        <translation>la réponse est un accord : enregistrer le consentement, la réponse servant de preuve</translation>
    </message>
    <message>
        <source>nothing to do: the number may be messaged again</source>
        <translation>rien à faire : le numéro peut de nouveau recevoir des messages</translation>
    </message>
    <message>
        <source>replace a batch by one batch per time zone, so nobody waits for others</source>
        <translation>remplacer un envoi par un envoi par fuseau horaire, pour que personne n&apos;attende les autres</translation>
    </message>
    <message>
        <source>one batch per group of time zones (the only way to split, for now)</source>
        <translation>un envoi par groupe de fuseaux horaires (la seule façon de découper, pour l&apos;instant)</translation>
    </message>
    <message>
        <source>only contacts with this tag (any of them)</source>
        <translation>seulement les contacts qui ont cette étiquette (l&apos;une d&apos;elles)</translation>
    </message>
    <message>
        <source>only this commune (any of them)</source>
        <translation>seulement cette commune (l&apos;une d&apos;elles)</translation>
    </message>
    <message>
        <source>only contacts from this source</source>
        <translation>seulement les contacts de cette source</translation>
    </message>
    <message>
        <source>leave out contacts messaged since this date</source>
        <translation>écarter les contacts qui ont reçu un message depuis cette date</translation>
    </message>
    <message>
        <source>names, commune or phone digits</source>
        <translation>noms, commune ou chiffres du téléphone</translation>
    </message>
    <message>
        <source>send through the provider&apos;s API (resumable)</source>
        <translation>envoyer par l&apos;API du prestataire (reprise possible)</translation>
    </message>
    <message>
        <source>use the provider&apos;s simulation; nothing is sent</source>
        <translation>utiliser la simulation du prestataire ; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>let the provider send at the next allowed moment, or at DATETIME</source>
        <translation>laisser le prestataire envoyer au prochain moment autorisé, ou à DATETIME</translation>
    </message>
    <message>
        <source>send one message of the batch to your own phone</source>
        <translation>envoyer un message de l&apos;envoi à votre propre téléphone</translation>
    </message>
    <message>
        <source>use this contact&apos;s message (merge data)</source>
        <translation>utiliser le message de ce contact (données de fusion)</translation>
    </message>
    <message>
        <source>fetch delivery reports and count states</source>
        <translation>récupérer les accusés de réception et compter les états</translation>
    </message>
    <message>
        <source>after checking the provider&apos;s account: held messages did (not) leave</source>
        <translation>après vérification du compte chez le prestataire : les messages en attente sont (ou non) partis</translation>
    </message>
    <message>
        <source>they were sent</source>
        <translation>ils ont été envoyés</translation>
    </message>
    <message>
        <source>they were not: send them</source>
        <translation>ils ne l&apos;ont pas été : les envoyer</translation>
    </message>
    <message>
        <source>fetch replies from the provider&apos;s API</source>
        <translation>récupérer les réponses par l&apos;API du prestataire</translation>
    </message>
    <message>
        <source>count the SMS a text costs (no campaign needed)</source>
        <translation>compter les SMS que coûte un texte (sans campagne)</translation>
    </message>
    <message>
        <source>the text, as it will be sent</source>
        <translation>le texte, tel qu&apos;il sera envoyé</translation>
    </message>
    <message>
        <source>write, check, approve and exchange templates</source>
        <translation>écrire, vérifier, approuver et échanger des modèles</translation>
    </message>
    <message>
        <source>add a template (a draft) from a text file</source>
        <translation>ajouter un modèle (un brouillon) depuis un fichier texte</translation>
    </message>
    <message>
        <source>UTF-8 text file, - for stdin</source>
        <translation>fichier texte UTF-8, - pour l&apos;entrée standard</translation>
    </message>
    <message>
        <source>campaign (consenting contacts) or consent (the one request to pending contacts)</source>
        <translation>campaign (contacts consentants) ou consent (l&apos;unique demande aux contacts en attente)</translation>
    </message>
    <message>
        <source>replace a template&apos;s text (it becomes a draft again)</source>
        <translation>remplacer le texte d&apos;un modèle (il redevient un brouillon)</translation>
    </message>
    <message>
        <source>list the templates</source>
        <translation>lister les modèles</translation>
    </message>
    <message>
        <source>write a template file to hand to someone</source>
        <translation>écrire un fichier de modèle à transmettre à quelqu&apos;un</translation>
    </message>
    <message>
        <source>add the template of a template file, as a draft</source>
        <translation>ajouter le modèle d&apos;un fichier de modèle, comme brouillon</translation>
    </message>
    <message>
        <source>store it under this name instead</source>
        <translation>l&apos;enregistrer plutôt sous ce nom</translation>
    </message>
    <message>
        <source>print the message as a recipient gets it (footer too)</source>
        <translation>afficher le message tel que le reçoit un destinataire (mentions comprises)</translation>
    </message>
    <message>
        <source>a contact&apos;s phone number</source>
        <translation>le numéro de téléphone d&apos;un contact</translation>
    </message>
    <message>
        <source>which sample contact (0, 1, 2)</source>
        <translation>quel contact d&apos;exemple (0, 1, 2)</translation>
    </message>
    <message>
        <source>segments and cost over the contacts it would reach</source>
        <translation>SMS et coût pour les contacts qu&apos;il atteindrait</translation>
    </message>
    <message>
        <source>write the profile file volunteers need (no personal data)</source>
        <translation>écrire le fichier de profil dont les bénévoles ont besoin (sans données personnelles)</translation>
    </message>
    <message>
        <source>after the election: destroy the campaign&apos;s data and save a certificate</source>
        <translation>après l&apos;élection : détruire les données de la campagne et enregistrer un certificat d’effacement</translation>
    </message>
    <message>
        <source>the candidate or list name, typed exactly (case-sensitive)</source>
        <translation>le nom du candidat ou de la liste, tapé à l&apos;identique (majuscules comprises)</translation>
    </message>
    <message>
        <source>finish a wipe that was interrupted or stopped at a step (no name needed)</source>
        <translation>terminer un effacement interrompu ou arrêté à une étape (sans le nom)</translation>
    </message>
    <message>
        <source>where to save the certificate PDF (default: your documents folder)</source>
        <translation>où enregistrer le certificat PDF (par défaut : votre dossier Documents)</translation>
    </message>
    <message>
        <source>first save the cost ledger (CSV, one line per batch) for the campaign&apos;s accounts</source>
        <translation>enregistrer d&apos;abord le relevé des coûts (CSV, une ligne par envoi) pour les comptes de campagne</translation>
    </message>
    <message>
        <source>first save a summary of the audit trail (CSV, no personal data)</source>
        <translation>enregistrer d&apos;abord un résumé du journal d&apos;activité (CSV, sans données personnelles)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>standard characters</source>
        <translation>caractères standard</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>caractères spéciaux</translation>
    </message>
    <message>
        <source>Special character: each SMS then holds 70 characters instead of 160</source>
        <translation>Caractère spécial : chaque SMS ne contient alors que 70 caractères au lieu de 160</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Campaign created in {path}; database encrypted ({mode}).</source>
        <translation>Campagne créée dans {path} ; base de données chiffrée ({mode}).</translation>
    </message>
    <message>
        <source>key in the system keyring</source>
        <translation>clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>key from your passphrase</source>
        <translation>clé tirée de votre phrase secrète</translation>
    </message>
    <message>
        <source>Demonstration campaign created in {path}.</source>
        <translation>Campagne de démonstration créée dans {path}.</translation>
    </message>
    <message>
        <source>No secure system keyring was found: the campaign will be encrypted with a passphrase. Choose a long one and keep it safe; it cannot be recovered.</source>
        <translation>Aucun trousseau système sécurisé n&apos;a été trouvé : la campagne sera chiffrée avec une phrase secrète. Choisissez-en une longue et conservez-la précieusement ; elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Phrase secrète (confirmation) : </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>outside sending hours</source>
        <translation>en dehors des heures d&apos;envoi</translation>
    </message>
    <message>
        <source>not a sending day (e.g. Sunday)</source>
        <translation>jour sans envoi (ex. : dimanche)</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>jour férié</translation>
    </message>
    <message>
        <source>electoral silence (from midnight on the eve of the vote until the polls close)</source>
        <translation>silence électoral (de minuit la veille du scrutin jusqu&apos;à la fermeture des bureaux de vote)</translation>
    </message>
    <message>
        <source>No moment in the next {days} days allows sending in every recipient&apos;s time zone. Widen the sending hours or days.</source>
        <translation>Aucun moment dans les {days} prochains jours ne permet d&apos;envoyer dans le fuseau horaire de tous les destinataires. Élargissez les heures ou les jours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Times are written HH:MM, e.g. 08:00.</source>
        <translation>Les heures s&apos;écrivent HH:MM, par exemple 08:00.</translation>
    </message>
    <message>
        <source>Messages may never be sent after 21:30.</source>
        <translation>Les messages ne peuvent jamais être envoyés après 21:30.</translation>
    </message>
    <message>
        <source>Sending hours must start before they end.</source>
        <translation>Les heures d&apos;envoi doivent commencer avant de finir.</translation>
    </message>
    <message>
        <source>Sending days are weekday digits, 0 for Monday to 6 for Sunday.</source>
        <translation>Les jours d&apos;envoi sont des chiffres de jour de la semaine, de 0 pour lundi à 6 pour dimanche.</translation>
    </message>
    <message>
        <source>who sends the message and for which election</source>
        <translation>qui envoie le message et pour quelle élection</translation>
    </message>
    <message>
        <source>where the phone number came from</source>
        <translation>l&apos;origine du numéro de téléphone</translation>
    </message>
    <message>
        <source>what the data is used for</source>
        <translation>la finalité des données</translation>
    </message>
    <message>
        <source>whom to contact to exercise data rights</source>
        <translation>le contact pour exercer les droits sur les données</translation>
    </message>
    <message>
        <source>the STOP PROSPECTION opt-out</source>
        <translation>la désinscription STOP PROSPECTION</translation>
    </message>
    <message>
        <source>how to answer to give consent</source>
        <translation>la façon de répondre pour donner son consentement</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a landline: SMS cannot reach it.</source>
        <translation>« {value} » est un numéro fixe : il ne peut pas recevoir de SMS.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a service number, not a mobile: SMS cannot reach it.</source>
        <translation>« {value} » est un numéro de service, pas un mobile : il ne peut pas recevoir de SMS.</translation>
    </message>
    <message>
        <source>Polls close between 18:00 and 20:00 (20:00 unless the prefect&apos;s order says otherwise): the electoral silence cannot end at another time.</source>
        <translation>Les bureaux de vote ferment entre 18:00 et 20:00 (20:00 sauf arrêté préfectoral contraire) : le silence électoral ne peut pas finir à une autre heure.</translation>
    </message>
    <message>
        <source>Unknown profile field &apos;{name}&apos;. Fields: {fields}.</source>
        <translation>Champ de profil inconnu « {name} ». Champs : {fields}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid value for {name}.</source>
        <translation>« {value} » n&apos;est pas une valeur valide pour {name}.</translation>
    </message>
    <message>
        <source>The candidate or list name is required.</source>
        <translation>Le nom du candidat ou de la liste est obligatoire.</translation>
    </message>
    <message>
        <source>A contact for data-protection requests (e-mail or address) is required.</source>
        <translation>Un contact pour les demandes relatives aux données personnelles (e-mail ou adresse) est obligatoire.</translation>
    </message>
    <message>
        <source>The purpose of the messages is required.</source>
        <translation>La finalité des messages est obligatoire.</translation>
    </message>
    <message>
        <source>The sender ID must be 1 to 11 letters, digits or spaces, with at least one letter.</source>
        <translation>Le nom d&apos;expéditeur doit comporter de 1 à 11 lettres, chiffres ou espaces, dont au moins une lettre.</translation>
    </message>
    <message>
        <source>Round 2 must come after round 1.</source>
        <translation>Le second tour doit avoir lieu après le premier.</translation>
    </message>
    <message>
        <source>The STOP short number must be 5 digits, e.g. 36111.</source>
        <translation>Le numéro court STOP doit comporter 5 chiffres, par exemple 36111.</translation>
    </message>
    <message>
        <source>The privacy notice link must start with https://.</source>
        <translation>Le lien vers la politique de confidentialité doit commencer par https://.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{value}&apos; (e.g. Europe/Paris).</source>
        <translation>Fuseau horaire inconnu « {value} » (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>Messages may never be sent before 08:00.</source>
        <translation>Les messages ne peuvent jamais partir avant 8 h.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week for sending.</source>
        <translation>Choisissez au moins un jour de la semaine pour les envois.</translation>
    </message>
    <message>
        <source>Unknown SMS provider &apos;{value}&apos;. Providers: {known}.</source>
        <translation>Prestataire SMS inconnu « {value} ». Prestataires : {known}.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The segment cap must be between 1 and 10.</source>
        <translation>Le nombre maximal de SMS par message doit être compris entre 1 et 10.</translation>
    </message>
    <message>
        <source>This template does something not allowed in a message ({detail}).</source>
        <extracomment>The only variables a template may read (the French names volunteers see). Invented people for previews in volunteer mode (one without a commune, to show `{% if %}`).</extracomment>
        <translation>Ce modèle fait quelque chose qui n&apos;est pas permis dans un message ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: this template does something not allowed in a message ({detail}).</source>
        <translation>Ligne {line} : ce modèle fait quelque chose qui n&apos;est pas permis dans un message ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: unknown variable &apos;{name}&apos;. You can use: {allowed}.</source>
        <translation>Ligne {line} : variable inconnue « {name} ». Variables utilisables : {allowed}.</translation>
    </message>
    <message>
        <source>The message could not be filled in ({detail}).</source>
        <translation>Le message n&apos;a pas pu être complété ({detail}).</translation>
    </message>
    <message>
        <source>The message is too long once filled in (over {limit} characters).</source>
        <translation>Le message est trop long une fois complété (plus de {limit} caractères).</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the template contains an invisible control character ({code}). Delete it: it often comes with text pasted from another program.</source>
        <translation>Ligne {line}, colonne {column} : le modèle contient un caractère de contrôle invisible ({code}). Supprimez-le : il vient souvent d&apos;un texte collé depuis un autre logiciel.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>Campagne Desktop</source>
        <translation>Campagne Desktop</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe; the action was cancelled. The details are in the log file.</source>
        <translation>Un problème est survenu. Vos données sont intactes ; l&apos;action a été annulée. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({detail}).</source>
        <translation>Le fichier {name} ne peut pas être ouvert ({detail}).</translation>
    </message>
    <message>
        <source>This file cannot be read as a contact list ({detail}). Save it as CSV (UTF-8) or XLSX and try again.</source>
        <translation>Ce fichier ne peut pas être lu comme une liste de contacts ({detail}). Enregistrez-le au format CSV (UTF-8) ou XLSX et réessayez.</translation>
    </message>
    <message>
        <source>The first row of {name} must hold the column names (first name, last name, phone…), not contact data. Add a row of column names at the top and try again.</source>
        <translation>La première ligne de {name} doit contenir les noms des colonnes (prénom, nom, téléphone…), et non des données de contact. Ajoutez une ligne de noms de colonnes en haut et réessayez.</translation>
    </message>
    <message>
        <source>The file {name} is damaged near row {row} ({detail}). Fix it and try again.</source>
        <translation>Le fichier {name} est endommagé vers la ligne {row} ({detail}). Corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet named &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation>Le classeur {name} n&apos;a pas de feuille nommée « {sheet} ». Ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <source>The file {name} holds no contact card (no BEGIN:VCARD line).</source>
        <translation>Le fichier {name} ne contient aucune fiche de contact (aucune ligne BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>No phone number column was found in {name}. Columns found: {columns}. Choose the phone column by hand (--column phone=COLUMN).</source>
        <translation>Aucune colonne de numéro de téléphone n&apos;a été trouvée dans {name}. Colonnes trouvées : {columns}. Choisissez la colonne du téléphone à la main (--column phone=COLONNE).</translation>
    </message>
    <message>
        <source>Write a column choice as FIELD=COLUMN, for example phone=Mobile (got &quot;{spec}&quot;).</source>
        <translation>Écrivez un choix de colonne sous la forme CHAMP=COLONNE, par exemple phone=Mobile (reçu : &quot;{spec}&quot;).</translation>
    </message>
    <message>
        <source>Unknown contact field &quot;{field}&quot; in &quot;{spec}&quot;. Fields: {fields}.</source>
        <translation>Champ de contact inconnu &quot;{field}&quot; dans &quot;{spec}&quot;. Champs : {fields}.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; (in &quot;{spec}&quot;). Columns found: {columns}.</source>
        <translation>Le fichier n&apos;a pas de colonne &quot;{column}&quot; (dans &quot;{spec}&quot;). Colonnes trouvées : {columns}.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows, more than this app imports at once. Split it into several files and import them one after the other.</source>
        <translation>Le fichier {name} compte plus de {limit} lignes, plus que cette application n&apos;en importe en une fois. Découpez-le en plusieurs fichiers et importez-les l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has more than {limit} columns: this is not a contact list. Check the file and try again.</source>
        <translation>La ligne {row} de {name} a plus de {limit} colonnes : ce n&apos;est pas une liste de contacts. Vérifiez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>Row {row} of {name} holds a value longer than {limit} characters: this is not a contact list, or the file is damaged. Check the file and try again.</source>
        <translation>La ligne {row} de {name} contient une valeur de plus de {limit} caractères : ce n&apos;est pas une liste de contacts, ou le fichier est abîmé. Vérifiez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>Line {row} of {name} is longer than {limit} characters: this is not a contact list, or the file is damaged (a missing closing quote?). Check the file and try again.</source>
        <translation>La ligne {row} de {name} dépasse {limit} caractères : ce n&apos;est pas une liste de contacts, ou le fichier est abîmé (un guillemet jamais refermé ?). Vérifiez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>The workbook {name} takes {size} MB once unzipped, more than the {limit} MB this app reads safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.</source>
        <translation>Le classeur {name} occupe {size} Mo une fois décompressé, plus que les {limit} Mo que cette application lit sans risque. Enregistrez la feuille des contacts au format CSV (UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <source>A part of the workbook {name} is {ratio} times smaller zipped than unzipped (a real workbook: at most {limit} times): it is damaged or made to exhaust memory. Save the sheet with the contacts as CSV (UTF-8) and import that file.</source>
        <translation>Une partie du classeur {name} est {ratio} fois plus petite compressée que décompressée (au plus {limit} fois dans un vrai classeur) : il est abîmé ou conçu pour épuiser la mémoire. Enregistrez la feuille des contacts au format CSV (UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <source>The workbook {name} is made of {count} parts, more than {limit}: it is damaged or made to exhaust memory. Save the sheet with the contacts as CSV (UTF-8) and import that file.</source>
        <translation>Le classeur {name} se compose de {count} parties, plus que {limit} : il est abîmé ou conçu pour épuiser la mémoire. Enregistrez la feuille des contacts au format CSV (UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <source>A sheet of the workbook {name} spans {cells} cells (rows × columns), more than the {limit} this app reads safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.</source>
        <translation>Une feuille du classeur {name} s&apos;étend sur {cells} cellules (lignes × colonnes), plus que les {limit} que cette application lit sans risque. Enregistrez la feuille des contacts au format CSV (UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <source>The workbook {name} holds {count} different texts, more than the {limit} this app reads safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.</source>
        <translation>Le classeur {name} contient {count} textes différents, plus que les {limit} que cette application lit sans risque. Enregistrez la feuille des contacts au format CSV (UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <source>The old-format workbook {name} is {size} MB, more than the {limit} MB this app reads safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.</source>
        <translation>Le classeur à l&apos;ancien format {name} pèse {size} Mo, plus que les {limit} Mo que cette application lit sans risque. Enregistrez la feuille des contacts au format CSV (UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <source>Contact card {row} of {name} holds more than {limit} characters of names, numbers and addresses: the file is damaged. Check it and try again.</source>
        <translation>La fiche contact {row} de {name} contient plus de {limit} caractères de noms, numéros et adresses : le fichier est abîmé. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>Line {row} of {name} is neither UTF-8 nor {encoding} text, so its names cannot be read without garbling them. Save the file as CSV (UTF-8) and try again.</source>
        <translation>La ligne {row} de {name} n&apos;est ni du texte UTF-8 ni du texte {encoding} : ses noms ne peuvent pas être lus sans être déformés. Enregistrez le fichier au format CSV (UTF-8) et réessayez.</translation>
    </message>
    <message>
        <source>The campaign folder {path} has its settings (campaign.json) but no database (campagne.db): it was moved or deleted. Put it back, for example from a backup; the app will not create an empty one in its place.</source>
        <translation>Le dossier de la campagne {path} contient ses réglages (campaign.json) mais pas de base de données (campagne.db) : elle a été déplacée ou supprimée. Remettez-la en place, par exemple depuis une sauvegarde ; l&apos;application n&apos;en créera pas une vide à sa place.</translation>
    </message>
    <message>
        <source>The campaign folder {path} holds a database (campagne.db) without its settings file (campaign.json), which says where the key is. Put campaign.json back beside it; the app will not open or replace the database without it.</source>
        <translation>Le dossier de la campagne {path} contient une base de données (campagne.db) sans son fichier de réglages (campaign.json), qui indique où se trouve la clé. Remettez campaign.json à côté ; sans lui, l&apos;application n&apos;ouvrira ni ne remplacera la base.</translation>
    </message>
    <message>
        <source>No campaign here yet. Create one first (campagne init).</source>
        <translation>Aucune campagne ici pour l&apos;instant. Créez-en une d&apos;abord (campagne init).</translation>
    </message>
    <message>
        <source>The campaign settings file is damaged: {path}</source>
        <translation>Le fichier des paramètres de la campagne est endommagé : {path}</translation>
    </message>
    <message>
        <source>No secure system keyring was found, so the new campaign must be encrypted with a passphrase. Type it when asked, or set CAMPAGNE_PASSPHRASE.</source>
        <translation>Aucun trousseau système sécurisé n&apos;a été trouvé : la nouvelle campagne doit être chiffrée avec une phrase secrète. Tapez-la quand elle vous est demandée, ou définissez CAMPAGNE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>A passphrase is needed to open the campaign (no secure system keyring). Type it when asked, or set CAMPAGNE_PASSPHRASE.</source>
        <translation>Une phrase secrète est nécessaire pour ouvrir la campagne (pas de trousseau système sécurisé). Tapez-la quand elle est demandée, ou définissez CAMPAGNE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>La phrase secrète doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>A campaign already exists in {path}. Use `campagne profile set` to change it.</source>
        <translation>Une campagne existe déjà dans {path}. Utilisez `campagne profile set` pour la modifier.</translation>
    </message>
    <message>
        <source>The key of this campaign cannot be read from the system keyring: it may be locked or unavailable, the campaign may have been wiped, or it was created under another user account.</source>
        <translation>La clé de cette campagne ne peut pas être lue dans le trousseau du système : il est peut-être verrouillé ou indisponible, la campagne a peut-être été effacée, ou elle a été créée sous un autre compte utilisateur.</translation>
    </message>
    <message>
        <source>The campaign has no profile yet.</source>
        <translation>La campagne n&apos;a pas encore de profil.</translation>
    </message>
    <message>
        <source>The campaign database could not be opened: the key or passphrase is wrong, or the file is damaged.</source>
        <translation>La base de données de la campagne n&apos;a pas pu être ouverte : la clé ou la phrase secrète est erronée, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>This campaign was saved by a newer version of Campagne Desktop (schema {revision}). Install the latest version to open it.</source>
        <translation>Cette campagne a été enregistrée par une version plus récente de Campagne Desktop (schéma {revision}). Installez la dernière version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Batch {id} ({template}, {state}): {messages} messages, {segments} SMS, about {cost}. Excluded: {excluded}.</source>
        <translation>Envoi {id} ({template}, {state}) : {messages} messages, {segments} SMS, environ {cost}. Exclus : {excluded}.</translation>
    </message>
    <message>
        <source>{adapted} messages with names written without the accents GSM-7 lacks.</source>
        <translation>{adapted} messages avec des noms écrits sans les accents absents du GSM-7.</translation>
    </message>
    <message>
        <source>Left out, and what would include them:</source>
        <translation>Laissés de côté, et ce qui les inclurait :</translation>
    </message>
    <message>
        <source>No delivery reports (sent from a file). Opted out since: {opted}.</source>
        <translation>Pas d&apos;accusés de réception (envoyé par fichier). Désinscrits depuis : {opted}.</translation>
    </message>
    <message>
        <source>Delivered: {delivered}. Failed: {failed}. Awaiting a report: {awaiting}. Opted out since: {opted}.</source>
        <translation>Remis : {delivered}. Échecs : {failed}. En attente d&apos;accusé : {awaiting}. Désinscrits depuis : {opted}.</translation>
    </message>
    <message>
        <source>{rows} messages written to {path}.</source>
        <translation>{rows} messages écrits dans {path}.</translation>
    </message>
    <message>
        <source>Batch {id} discarded: its {messages} messages are deleted and its people may be in a new batch.</source>
        <translation>Envoi {id} abandonné : ses {messages} messages sont supprimés et ses destinataires peuvent figurer dans un nouvel envoi.</translation>
    </message>
    <message>
        <source>{opted_out} opted out, {consented} consented, {refused} refused, {ignored} ignored, {invalid} invalid.</source>
        <translation>{opted_out} désinscrits, {consented} consentements, {refused} refus, {ignored} ignorés, {invalid} non valides.</translation>
    </message>
    <message>
        <source>{held} held: these numbers get no message until you read their reply and decide (campagne replies review).</source>
        <translation>{held} en attente : ces numéros ne reçoivent aucun message tant que vous n&apos;avez pas lu leur réponse et décidé (campagne replies review).</translation>
    </message>
    <message>
        <source>Ledger written to {path}.</source>
        <translation>Relevé des coûts écrit dans {path}.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>{accepted} accepted ({foreign} foreign), {duplicates} duplicates, {invalid} invalid, {landlines} landlines, {suppressed} opted out (not imported).</source>
        <translation>{accepted} acceptés ({foreign} étrangers), {duplicates} doublons, {invalid} non valides, {landlines} fixes, {suppressed} désinscrits (non importés).</translation>
    </message>
    <message>
        <source>Every SMS to these contacts will carry this line, word for word: {line}</source>
        <translation>Chaque SMS à ces contacts portera cette ligne, mot pour mot : {line}</translation>
    </message>
    <message>
        <source>{phone} added, with consent.</source>
        <translation>{phone} ajouté, avec consentement.</translation>
    </message>
    <message>
        <source>{phone} added without consent: it may only receive one consent request.</source>
        <translation>{phone} ajouté sans consentement : il ne pourra recevoir qu&apos;une demande de consentement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln contact modifié.</numerusform>
            <numerusform>%Ln contacts modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) erased; their numbers stay blocked so that they are never asked again.</source>
        <translation>
            <numerusform>%Ln contact effacé ; son numéro reste bloqué pour ne jamais être sollicité de nouveau.</numerusform>
            <numerusform>%Ln contacts effacés ; leurs numéros restent bloqués pour ne jamais être sollicités de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) left the consent request unanswered for two months. Erase them with: campagne consent expired --erase</source>
        <translation>
            <numerusform>%Ln contact n&apos;a pas répondu à la demande de consentement depuis deux mois. Effacez-le avec : campagne consent expired --erase</numerusform>
            <numerusform>%Ln contacts n&apos;ont pas répondu à la demande de consentement depuis deux mois. Effacez-les avec : campagne consent expired --erase</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: contacts {contacts}, messages {messages}. Numbers blocked: {opt_outs}.</source>
        <translation>Effacés : contacts {contacts}, messages {messages}. Numéros bloqués : {opt_outs}.</translation>
    </message>
    <message>
        <source>The number is now blocked for good.</source>
        <translation>Le numéro est désormais bloqué définitivement.</translation>
    </message>
    <message>
        <source>The number was already blocked.</source>
        <translation>Le numéro était déjà bloqué.</translation>
    </message>
    <message>
        <source>{added} blocked, {already} already blocked, {invalid} invalid.</source>
        <translation>{added} bloqués, {already} déjà bloqués, {invalid} non valides.</translation>
    </message>
    <message>
        <source>The number is no longer blocked.</source>
        <translation>Le numéro n&apos;est plus bloqué.</translation>
    </message>
    <message>
        <source>Consent recorded: {status}.</source>
        <translation>Consentement enregistré : {status}.</translation>
    </message>
    <message>
        <source>Give the file with --out FILE.</source>
        <translation>Indiquez le fichier avec --out FICHIER.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Écrit dans {path}.</translation>
    </message>
    <message>
        <source>Characters forcing UCS-2: {chars}</source>
        <translation>Caractères imposant l&apos;UCS-2 : {chars}</translation>
    </message>
    <message>
        <source>Possible replacements: {fixes}</source>
        <translation>Remplacements possibles : {fixes}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Impossible de lire {path} : {detail}</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; saved ({status}).</source>
        <translation>Modèle « {name} » enregistré ({status}).</translation>
    </message>
    <message>
        <source>No templates yet (campagne template add NAME --file F).</source>
        <translation>Aucun modèle pour l&apos;instant (campagne template add NOM --file F).</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; approved.</source>
        <translation>Modèle « {name} » approuvé.</translation>
    </message>
    <message>
        <source>This text forces UCS-2: each SMS holds 70 characters instead of 160. Suggested replacements: {fixes}. Apply them with campagne template edit &apos;{name}&apos; --file F.</source>
        <translation>Ce texte impose l&apos;UCS-2 : chaque SMS contient 70 caractères au lieu de 160. Remplacements proposés : {fixes}. Appliquez-les avec campagne template edit &apos;{name}&apos; --file F.</translation>
    </message>
    <message>
        <source>The legal footer forces UCS-2 because of {chars}: change them in the profile.</source>
        <translation>La mention légale impose l&apos;UCS-2 à cause de {chars} : modifiez-les dans le profil.</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; deleted.</source>
        <translation>Modèle « {name} » supprimé.</translation>
    </message>
    <message>
        <source>(on a sample contact)</source>
        <translation>(sur un contact d&apos;exemple)</translation>
    </message>
    <message>
        <source>This message could not be sent: it lacks {what}.</source>
        <translation>Ce message ne pourrait pas être envoyé : il manque {what}.</translation>
    </message>
    <message>
        <source>{messages} messages, {segments} SMS in all, {worst} at most per message, estimated cost {cost}.</source>
        <translation>{messages} messages, {segments} SMS au total, {worst} au maximum par message, coût estimé {cost}.</translation>
    </message>
    <message>
        <source>Full footer: {segments} SMS, {cost}.</source>
        <translation>Mention complète : {segments} SMS, {cost}.</translation>
    </message>
    <message>
        <source>Short footer: {segments} SMS, {cost}.</source>
        <translation>Mention courte : {segments} SMS, {cost}.</translation>
    </message>
    <message>
        <source>Contacts from {kind} ({description}): {messages} messages, a footer of {length} characters ({encoding}):</source>
        <translation>Contacts venant de {kind} ({description}) : {messages} messages, une mention de {length} caractères ({encoding}) :</translation>
    </message>
    <message>
        <source>  short footer, {length} characters:</source>
        <translation>  mention courte, {length} caractères :</translation>
    </message>
    <message>
        <source>Short footer: set a privacy notice link in the profile to use it.</source>
        <translation>Mention courte : indiquez un lien vers la politique de confidentialité dans le profil pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Profile file written to {path}. Volunteers open it with campagne-desktop --volunteer.</source>
        <translation>Fichier de profil écrit dans {path}. Les bénévoles l&apos;ouvrent avec campagne-desktop --volunteer.</translation>
    </message>
    <message>
        <source>The wipe must open the campaign to count what it destroys, and the passphrase was not accepted. Nothing was deleted.</source>
        <translation>L&apos;effacement doit ouvrir la campagne pour compter ce qu&apos;il détruit, et la phrase secrète n&apos;a pas été acceptée. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>There is no interrupted wipe to finish here.</source>
        <translation>Il n&apos;y a ici aucun effacement interrompu à terminer.</translation>
    </message>
    <message>
        <source>Campaign wiped: {contacts} contacts, {opt_outs} opt-outs, {templates} templates, {batches} batches, {messages} messages, {sources} sources, {files} files, {keyring_entries} keyring entries.</source>
        <translation>Campagne effacée : {contacts} contacts, {opt_outs} désinscriptions, {templates} modèles, {batches} envois, {messages} messages, {sources} sources, {files} fichiers, {keyring_entries} entrées du trousseau.</translation>
    </message>
    <message>
        <source>Verification: no file and no phone number left behind.</source>
        <translation>Vérification : aucun fichier ni numéro de téléphone restant.</translation>
    </message>
    <message>
        <source>At {provider}, deleted through its API: sent messages: {sent}, replies: {replies} (its STOP list is kept: it protects those who asked to stop).</source>
        <translation>Chez {provider}, supprimés par son API : messages envoyés : {sent}, réponses : {replies} (sa liste STOP est conservée : elle protège ceux qui ont demandé à ne plus recevoir de messages).</translation>
    </message>
    <message>
        <source>Certificate of deletion saved to {path}.</source>
        <translation>Certificat d&apos;effacement enregistré dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Verification: %Ln file(s) could not be removed and must be deleted by hand:</source>
        <translation>
            <numerusform>Vérification : %Ln fichier n&apos;a pas pu être supprimé ; supprimez-le à la main :</numerusform>
            <numerusform>Vérification : %Ln fichiers n&apos;ont pas pu être supprimés ; supprimez-les à la main :</numerusform>
        </translation>
    </message>
    <message>
        <source>At {provider}: nothing was deleted (the provider step was skipped).</source>
        <translation>Chez {provider} : rien n&apos;a été supprimé (l&apos;étape du prestataire a été ignorée).</translation>
    </message>
    <message>
        <source>Ask {provider} by hand to delete:</source>
        <translation>Demandez à {provider}, à la main, de supprimer :</translation>
    </message>
    <message>
        <source>Files exported for {providers} may have been uploaded on its site: delete them there by hand.</source>
        <translation>Les fichiers exportés pour {providers} ont pu être importés sur son site : supprimez-les à la main sur ce site.</translation>
    </message>
    <message>
        <source>Open the profile file first.</source>
        <translation>Ouvrez d&apos;abord le fichier de profil.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name, or confirm that it may be replaced.</source>
        <translation>Le fichier {path} existe déjà. Choisissez un autre nom, ou confirmez qu&apos;il peut être remplacé.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({detail}).</source>
        <translation>Le fichier {path} ne peut pas être écrit ({detail}).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Unit price (EUR)</source>
        <translation>Prix unitaire (EUR)</translation>
    </message>
    <message>
        <source>Total (EUR)</source>
        <translation>Total (EUR)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The file {name} does not look like a provider&apos;s received-messages export: it needs a sender number column and a message column. Columns found: {columns}.</source>
        <translation>Le fichier {name} ne ressemble pas à un export des messages reçus d&apos;un prestataire : il lui faut une colonne de numéro d&apos;expéditeur et une colonne de message. Colonnes trouvées : {columns}.</translation>
    </message>
    <message>
        <source>Brevo lists politics among the content it prohibits for marketing SMS to France: political SMS sent through Brevo may be blocked and the account suspended. Choose another provider, or get Brevo&apos;s written agreement first.</source>
        <translation>Brevo classe la politique parmi les contenus interdits pour les SMS marketing vers la France : les SMS politiques envoyés via Brevo peuvent être bloqués et le compte suspendu. Choisissez un autre prestataire, ou obtenez d&apos;abord l&apos;accord écrit de Brevo.</translation>
    </message>
    <message>
        <source>SMSFactor holds new accounts for moderation: the first sending can wait for a manual check. Open the account and send a test to your own number well before the campaign.</source>
        <translation>SMSFactor soumet les nouveaux comptes à une modération : le premier envoi peut attendre une vérification manuelle. Ouvrez le compte et envoyez un test à votre propre numéro bien avant la campagne.</translation>
    </message>
    <message>
        <source>SMSFactor adds its own STOP mention (about 16 characters) to marketing SMS sent under a custom sender: a message close to a segment limit may cost one more segment.</source>
        <translation>SMSFactor ajoute sa propre mention STOP (environ 16 caractères) aux SMS marketing envoyés avec un expéditeur personnalisé : un message proche d&apos;une limite de SMS peut coûter un SMS de plus.</translation>
    </message>
    <message>
        <source>OVHcloud appends its own STOP clause to advertising SMS unless they are sent with noStopClause: a message close to a segment limit may cost one more segment.</source>
        <translation>OVHcloud ajoute sa propre clause STOP aux SMS publicitaires, sauf s&apos;ils sont envoyés avec noStopClause : un message proche d&apos;une limite de SMS peut coûter un SMS de plus.</translation>
    </message>
    <message>
        <source>OVHcloud only sends advertising SMS from 08:00 to 20:00, Monday to Saturday: messages handed over at other times wait until the next allowed moment.</source>
        <translation>OVHcloud n&apos;envoie les SMS publicitaires que de 08:00 à 20:00, du lundi au samedi : les messages transmis à d&apos;autres moments attendent le prochain moment autorisé.</translation>
    </message>
    <message>
        <source>Octopush reports STOP replies through a callback or its STOP list: import them into the opt-out list after every sending.</source>
        <translation>Octopush signale les réponses STOP par un rappel (callback) ou par sa liste STOP : importez-les dans la liste des désinscriptions après chaque envoi.</translation>
    </message>
    <message>
        <source>Twilio refuses messages to numbers that replied STOP to your Twilio number (error 21610): record those numbers as opt-outs.</source>
        <translation>Twilio refuse les messages vers les numéros qui ont répondu STOP à votre numéro Twilio (erreur 21610) : enregistrez ces numéros comme désinscrits.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody can receive this message: %Ln contact(s) excluded, mostly because of this rule: {reason}. No batch was created.</source>
        <translation>
            <numerusform>Personne ne peut recevoir ce message : %Ln contact écarté, surtout à cause de cette règle : {reason}. Aucun envoi n&apos;a été créé.</numerusform>
            <numerusform>Personne ne peut recevoir ce message : %Ln contacts écartés, surtout à cause de cette règle : {reason}. Aucun envoi n&apos;a été créé.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no batch {id}.</source>
        <translation>Il n&apos;y a pas d&apos;envoi {id}.</translation>
    </message>
    <message>
        <source>Batch {id} is being changed by another window or command: try again when it is done.</source>
        <translation>L&apos;envoi {id} est en cours de modification par une autre fenêtre ou commande : réessayez quand elle aura terminé.</translation>
    </message>
    <message>
        <source>Batch {id} was already exported ({path}). Sending it twice would message the same people twice: export it again only if the first file was never sent, and say so explicitly.</source>
        <translation>L&apos;envoi {id} a déjà été exporté ({path}). L&apos;envoyer deux fois enverrait deux fois le message aux mêmes personnes : ne l&apos;exportez à nouveau que si le premier fichier n&apos;a jamais été envoyé, et indiquez-le explicitement.</translation>
    </message>
    <message>
        <source>no consent for this kind of message</source>
        <translation>pas de consentement pour ce type de message</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>data deleted at their request</source>
        <translation>données effacées à sa demande</translation>
    </message>
    <message>
        <source>reply to read</source>
        <translation>réponse à lire</translation>
    </message>
    <message>
        <source>consent already requested once (never twice)</source>
        <translation>consentement déjà demandé une fois (jamais deux)</translation>
    </message>
    <message>
        <source>already in another consent request batch not sent yet</source>
        <translation>déjà dans un autre envoi de demande d&apos;accord pas encore parti</translation>
    </message>
    <message>
        <source>messaged since the chosen date</source>
        <translation>contacté depuis la date choisie</translation>
    </message>
    <message>
        <source>the message cannot be completed for this contact</source>
        <translation>le message ne peut pas être complété pour ce contact</translation>
    </message>
    <message>
        <source>longer than the SMS cap</source>
        <translation>dépasse le nombre maximal de SMS</translation>
    </message>
    <message>
        <source>left out by a rule</source>
        <translation>écarté par une règle</translation>
    </message>
    <message>
        <source>no contact matches the selection</source>
        <translation>aucun contact ne correspond à la sélection</translation>
    </message>
    <message>
        <source>Cancelled: no batch was created.</source>
        <translation>Annulé : aucun envoi n&apos;a été créé.</translation>
    </message>
    <message>
        <source>This is a demonstration campaign: its numbers are invented but may belong to real people, so nothing can be exported.</source>
        <translation>Ceci est une campagne de démonstration : ses numéros sont inventés mais peuvent appartenir à de vraies personnes, donc rien ne peut être exporté.</translation>
    </message>
    <message>
        <source>The campaign profile is incomplete: {problem}</source>
        <translation>Le profil de la campagne est incomplet : {problem}</translation>
    </message>
    <message>
        <source>The campaign profile is complete.</source>
        <translation>Le profil de la campagne est complet.</translation>
    </message>
    <message>
        <source>Every message carries the full legal notice and STOP PROSPECTION.</source>
        <translation>Chaque message porte l&apos;intégralité des mentions légales et STOP PROSPECTION.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in {place} cannot receive it now: {restriction}. Allowed there from {next}.</source>
        <translation>
            <numerusform>%Ln destinataire en/à {place} ne peut pas le recevoir maintenant : {restriction}. Autorisé là-bas à partir du {next}.</numerusform>
            <numerusform>%Ln destinataires en/à {place} ne peuvent pas le recevoir maintenant : {restriction}. Autorisé là-bas à partir du {next}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) may receive it now. To send to them without waiting, split the batch by time zone: campagne batch split {id} --by-zone (or Split by time zone on the Sendings page).</source>
        <translation>
            <numerusform>%Ln destinataire peut le recevoir maintenant. Pour lui envoyer sans attendre, scindez le lot par fuseau horaire : campagne batch split {id} --by-zone (ou Scinder par fuseau sur la page Envois).</numerusform>
            <numerusform>%Ln destinataires peuvent le recevoir maintenant. Pour leur envoyer sans attendre, scindez le lot par fuseau horaire : campagne batch split {id} --by-zone (ou Scinder par fuseau sur la page Envois).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) without part of the legal notice ({elements}).</source>
        <translation>
            <numerusform>%Ln message sans une partie des mentions légales ({elements}).</numerusform>
            <numerusform>%Ln messages sans une partie des mentions légales ({elements}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) longer than {cap} SMS.</source>
        <translation>
            <numerusform>%Ln message plus long que {cap} SMS.</numerusform>
            <numerusform>%Ln messages plus longs que {cap} SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) starting with = + - or @, which spreadsheets read as a formula. Start the template with a word instead.</source>
        <translation>
            <numerusform>%Ln message commence par = + - ou @, qu&apos;un tableur lit comme une formule. Commencez plutôt le modèle par un mot.</numerusform>
            <numerusform>%Ln messages commencent par = + - ou @, qu&apos;un tableur lit comme une formule. Commencez plutôt le modèle par un mot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will not be sent: a reply from these numbers waits to be read (Opt-outs page, Replies to read; or campagne replies review).</source>
        <translation>
            <numerusform>%Ln message ne sera pas envoyé : une réponse de ce numéro attend d&apos;être lue (page Désinscriptions, Réponses à lire ; ou campagne replies review).</numerusform>
            <numerusform>%Ln messages ne seront pas envoyés : une réponse de ces numéros attend d&apos;être lue (page Désinscriptions, Réponses à lire ; ou campagne replies review).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will not be sent: the person opted out, was erased or their consent changed since the batch was made.</source>
        <translation>
            <numerusform>%Ln message ne sera pas envoyé : la personne s&apos;est désinscrite, a été effacée ou son consentement a changé depuis la création de l&apos;envoi.</numerusform>
            <numerusform>%Ln messages ne seront pas envoyés : la personne s&apos;est désinscrite, a été effacée ou son consentement a changé depuis la création de l&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recipient consented and none opted out.</source>
        <translation>Tous les destinataires ont consenti et aucun ne s&apos;est désinscrit.</translation>
    </message>
    <message>
        <source>No message is left to send in this batch.</source>
        <translation>Il ne reste aucun message à envoyer dans cet envoi.</translation>
    </message>
    <message>
        <source>Sending is allowed now for every recipient ({zones}).</source>
        <translation>L&apos;envoi est autorisé maintenant pour tous les destinataires ({zones}).</translation>
    </message>
    <message>
        <source>Not now: {restriction} for recipients in {zone}. Next allowed moment for everyone: {next}.</source>
        <translation>Pas maintenant : {restriction} pour les destinataires du fuseau {zone}. Prochain moment autorisé pour tous : {next}.</translation>
    </message>
    <message>
        <source>Refused by the compliance check: {reasons}</source>
        <translation>Refusé par le contrôle de conformité : {reasons}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>No contact has the number {phone}.</source>
        <translation>Aucun contact n&apos;a le numéro {phone}.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Removing an opt-out needs a written reason (at least 10 characters), for example the date and way the person asked to hear from you again.</source>
        <translation>Retirer une désinscription exige un motif écrit (au moins 10 caractères), par exemple la date et la façon dont la personne a demandé à recevoir à nouveau vos messages.</translation>
    </message>
    <message>
        <source>The number {phone} is not on the opt-out list.</source>
        <translation>Le numéro {phone} ne figure pas dans la liste des désinscriptions.</translation>
    </message>
    <message>
        <source>{path} is not a {what} file.</source>
        <translation>{path} n&apos;est pas un fichier de type {what}.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Campagne Desktop: update it.</source>
        <translation>{path} provient d&apos;une version plus récente de Campagne Desktop : mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>Consent needs its evidence: the reply received, the form signed, with the date.</source>
        <translation>Le consentement doit être prouvé : la réponse reçue ou le formulaire signé, avec la date.</translation>
    </message>
    <message>
        <source>Nothing is held about the number {phone}.</source>
        <translation>Aucune donnée n&apos;est détenue sur le numéro {phone}.</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>un formulaire</translation>
    </message>
    <message>
        <source>a newsletter</source>
        <translation>une newsletter</translation>
    </message>
    <message>
        <source>parrainage</source>
        <translation>parrainage</translation>
    </message>
    <message>
        <source>a rented file</source>
        <translation>un fichier loué</translation>
    </message>
    <message>
        <source>a purchased file</source>
        <translation>un fichier acheté</translation>
    </message>
    <message>
        <source>a field meeting</source>
        <translation>une rencontre sur le terrain</translation>
    </message>
    <message>
        <source>another source</source>
        <translation>une autre source</translation>
    </message>
    <message>
        <source>A rented or purchased file may be used only if people were told, when their number was collected, that it could be used for political messages. Give the wording they were shown (--wording on the command line, &quot;Wording at collection&quot; in the import assistant): without it the file cannot be imported.</source>
        <translation>Un fichier loué ou acheté n&apos;est utilisable que si les personnes ont été informées, lors de la collecte de leur numéro, qu&apos;il pourrait servir à des messages politiques. Indiquez la formulation qui leur a été présentée (--wording en ligne de commande, « Formulation lors de la collecte » dans l&apos;assistant d&apos;import) : sans elle, le fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Describe where these contacts come from (who, when, with what wording).</source>
        <translation>Décrivez l&apos;origine de ces contacts (qui, quand, avec quelle formulation).</translation>
    </message>
    <message>
        <source>Contacts from this source ({kind}) cannot be imported as consenting: they may only receive one message asking for their consent.</source>
        <translation>Les contacts de cette source ({kind}) ne peuvent pas être importés comme consentants : ils ne peuvent recevoir qu&apos;un seul message leur demandant leur consentement.</translation>
    </message>
    <message>
        <source>This source looks like a municipal or professional file (town-hall registers, electoral rolls, patients, clients). The CNIL forbids using them for political messages: import only if you are sure it is none of these.</source>
        <translation>Cette source ressemble à un fichier municipal ou professionnel (registres de mairie, listes électorales, patients, clients). La CNIL interdit de les utiliser pour des messages politiques : n&apos;importez que si vous êtes sûr que ce n&apos;est aucun d&apos;eux.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template name may have at most {count} characters.</source>
        <translation>Le nom d&apos;un modèle peut comporter au plus {count} caractères.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>There is no template named &apos;{name}&apos;.</source>
        <translation>Il n&apos;existe aucun modèle nommé « {name} ».</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; already exists.</source>
        <translation>Un modèle nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>The template &apos;{name}&apos; is a draft: it must be approved before it is sent.</source>
        <translation>Le modèle « {name} » est un brouillon : il doit être approuvé avant d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>The template &apos;{name}&apos; changed after it was approved: approve it again.</source>
        <translation>Le modèle « {name} » a été modifié après son approbation : approuvez-le de nouveau.</translation>
    </message>
    <message>
        <source>An interrupted end-of-election wipe was finished. Certificate: {path}</source>
        <translation>Un effacement de fin d&apos;élection interrompu a été terminé. Certificat : {path}</translation>
    </message>
    <message>
        <source>The name typed does not match the candidate or list name exactly. Nothing was deleted.</source>
        <translation>Le nom tapé ne correspond pas exactement au nom du candidat ou de la liste. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>{path} is inside the campaign&apos;s folders, which the wipe destroys. Choose a place outside them.</source>
        <translation>{path} se trouve dans les dossiers de la campagne, que l&apos;effacement détruit. Choisissez un emplacement en dehors.</translation>
    </message>
    <message>
        <source>the system keyring refused to remove the database key (is it locked?).</source>
        <translation>le trousseau du système a refusé de supprimer la clé de la base (est-il verrouillé ?).</translation>
    </message>
    <message>
        <source>the system keyring refused to remove {count} entries (is it locked?).</source>
        <translation>le trousseau du système a refusé de supprimer {count} entrées (est-il verrouillé ?).</translation>
    </message>
    <message>
        <source>The election ended {days} days ago and the recommended deadline ({deadline}) has passed: wipe the campaign now (campagne wipe --confirm NAME).</source>
        <translation>L&apos;élection est terminée depuis {days} jours et la date limite recommandée ({deadline}) est dépassée : effacez la campagne maintenant (campagne wipe --confirm NOM).</translation>
    </message>
    <message>
        <source>The election ended {days} days ago. Save the cost ledger, then wipe the campaign before {deadline} (recommended).</source>
        <translation>L&apos;élection est terminée depuis {days} jours. Enregistrez le relevé des coûts, puis effacez la campagne avant le {deadline} (recommandé).</translation>
    </message>
    <message>
        <source>An interrupted wipe left a damaged journal ({path}); it cannot be finished automatically. Delete the campaign folders by hand, then remove this file.</source>
        <translation>Un effacement interrompu a laissé un journal endommagé ({path}) ; il ne peut pas être terminé automatiquement. Supprimez à la main les dossiers de la campagne, puis ce fichier.</translation>
    </message>
    <message>
        <source>The campaign folder {path} is a general folder (home or documents): the wipe would delete files that are not the campaign&apos;s. Move the campaign to a folder of its own first.</source>
        <translation>Le dossier de la campagne {path} est un dossier général (dossier personnel ou documents) : l&apos;effacement supprimerait des fichiers qui ne sont pas ceux de la campagne. Déplacez d&apos;abord la campagne dans un dossier qui lui est propre.</translation>
    </message>
    <message>
        <source>The campaign is in use by another window or command. Close it, then try again.</source>
        <translation>La campagne est utilisée par une autre fenêtre ou commande. Fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The campaign folder {path} is read-only: the app cannot write there. Give your account write access to it (or copy it to a writable place), then try again.</source>
        <translation>Le dossier de la campagne {path} est en lecture seule : l&apos;application ne peut pas y écrire. Donnez à votre compte le droit d&apos;y écrire (ou copiez-le dans un endroit accessible en écriture), puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written and nothing was lost. Free some space, then try again.</source>
        <translation>Le disque est plein : rien n&apos;a été écrit et rien n&apos;a été perdu. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The campaign database {path} could not be read or written (disk error). Check the disk, then try again.</source>
        <translation>La base de données de la campagne {path} n&apos;a pas pu être lue ou écrite (erreur de disque). Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); nothing was changed. Run again with CAMPAGNE_DEBUG=1 to see the details.</source>
        <translation>Erreur inattendue ({kind}) ; rien n&apos;a été modifié. Relancez avec CAMPAGNE_DEBUG=1 pour voir les détails.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Run `campagne wipe --resume` to finish the wipe, or again with CAMPAGNE_DEBUG=1 to see the details.</source>
        <translation>Erreur inattendue ({kind}). Lancez `campagne wipe --resume` pour terminer l&apos;effacement, ou relancez avec CAMPAGNE_DEBUG=1 pour voir les détails.</translation>
    </message>
    <message>
        <source>Batch {id} is {state}: it cannot become {target}.</source>
        <translation>L&apos;envoi {id} est à l&apos;état {state} : il ne peut pas passer à l&apos;état {target}.</translation>
    </message>
    <message>
        <source>Batch {id} is {state}: its messages already left the app, so it stays in the record and cannot be discarded.</source>
        <translation>L&apos;envoi {id} est à l&apos;état {state} : ses messages sont déjà sortis de l&apos;application, il reste donc dans l&apos;historique et ne peut pas être abandonné.</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>non comprise</translation>
    </message>
    <message>
        <source>OUI, but never asked</source>
        <translation>OUI, sans avoir été sollicité</translation>
    </message>
    <message>
        <source>{phone} is blocked for good.</source>
        <translation>{phone} est bloqué définitivement.</translation>
    </message>
    <message>
        <source>{phone} consented; the reply is the proof.</source>
        <translation>{phone} a consenti ; la réponse en est la preuve.</translation>
    </message>
    <message>
        <source>{phone} may be messaged again.</source>
        <translation>{phone} peut de nouveau recevoir des messages.</translation>
    </message>
    <message>
        <source>No reply is waiting to be read.</source>
        <translation>Aucune réponse n&apos;attend d&apos;être lue.</translation>
    </message>
    <message>
        <source>These numbers get no message until you decide: replies review --optout NUMBER (it objects), --consent NUMBER (it agrees) or --dismiss NUMBER (nothing to do).</source>
        <translation>Ces numéros ne reçoivent aucun message tant que vous n&apos;avez pas décidé : replies review --optout NUMÉRO (opposition), --consent NUMÉRO (accord) ou --dismiss NUMÉRO (rien à faire).</translation>
    </message>
    <message>
        <source>Send this file before {deadline}: after that, sending hours end or the electoral silence begins for some of its recipients.</source>
        <translation>Envoyez ce fichier avant le {deadline} : ensuite, les heures d&apos;envoi se terminent ou le silence électoral commence pour une partie de ses destinataires.</translation>
    </message>
    <message>
        <source>Batch {id} was replaced by one batch per time zone:</source>
        <translation>Le lot {id} a été remplacé par un lot par fuseau horaire :</translation>
    </message>
    <message>
        <source>mainland France</source>
        <translation>métropole</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Saint-Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Saint-Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis-et-Futuna</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>French Polynesia (Tahiti)</source>
        <translation>Polynésie française (Tahiti)</translation>
    </message>
    <message>
        <source>French Polynesia (Marquesas)</source>
        <translation>Polynésie française (Marquises)</translation>
    </message>
    <message>
        <source>French Polynesia (Gambier)</source>
        <translation>Polynésie française (Gambier)</translation>
    </message>
    <message>
        <source>Batch {id} was already exported: only a batch that has not left the app can be split.</source>
        <translation>Le lot {id} a déjà été exporté : seul un lot qui n&apos;a pas quitté l&apos;application peut être scindé.</translation>
    </message>
    <message>
        <source>Nothing to split: every recipient of batch {id} is in one time zone.</source>
        <translation>Rien à scinder : tous les destinataires du lot {id} sont dans un seul fuseau horaire.</translation>
    </message>
    <message>
        <source>This file must be sent before {deadline}, {minutes} min from now: after that, sending hours end or the electoral silence begins for some of its recipients. Export it only if you upload it to your provider at once, and confirm (--yes on the command line).</source>
        <translation>Ce fichier doit être envoyé avant le {deadline}, dans {minutes} min : ensuite, les heures d&apos;envoi se terminent ou le silence électoral commence pour une partie de ses destinataires. Ne l&apos;exportez que si vous le déposez aussitôt chez votre prestataire, et confirmez (--yes en ligne de commande).</translation>
    </message>
    <message>
        <source>No reply from {phone} is waiting to be read.</source>
        <translation>Aucune réponse de {phone} n&apos;attend d&apos;être lue.</translation>
    </message>
    <message>
        <source>There is no contact with the number {phone}: consent cannot be recorded. Choose Opt out or Nothing to do.</source>
        <translation>Aucun contact n&apos;a le numéro {phone} : le consentement ne peut pas être enregistré. Choisissez Désinscrire ou Rien à faire.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Give --data-dir the campaign&apos;s folder, or a new folder for a new campaign.</source>
        <translation>{path} est un fichier, pas un dossier. Donnez à --data-dir le dossier de la campagne, ou un nouveau dossier pour une nouvelle campagne.</translation>
    </message>
    <message>
        <source>removing the database key from the keyring</source>
        <translation>la suppression de la clé de la base dans le trousseau</translation>
    </message>
    <message>
        <source>overwriting and deleting the database</source>
        <translation>l&apos;écrasement et la suppression de la base de données</translation>
    </message>
    <message>
        <source>overwriting and deleting the exported files</source>
        <translation>l&apos;écrasement et la suppression des fichiers exportés</translation>
    </message>
    <message>
        <source>overwriting and deleting backups, logs, caches and settings</source>
        <translation>l&apos;écrasement et la suppression des sauvegardes, journaux, caches et réglages</translation>
    </message>
    <message>
        <source>removing the other keyring entries</source>
        <translation>la suppression des autres entrées du trousseau</translation>
    </message>
    <message>
        <source>removing the folders</source>
        <translation>la suppression des dossiers</translation>
    </message>
    <message>
        <source>checking that nothing is left</source>
        <translation>la vérification que rien ne reste</translation>
    </message>
    <message>
        <source>writing the certificate of deletion</source>
        <translation>l&apos;écriture du certificat d&apos;effacement</translation>
    </message>
    <message>
        <source>The wipe stopped while {step}: {reason}</source>
        <translation>L&apos;effacement s&apos;est arrêté pendant {step} : {reason}</translation>
    </message>
    <message>
        <source>unexpected error ({kind})</source>
        <translation>erreur inattendue ({kind})</translation>
    </message>
    <message numerus="yes">
        <source>Still on disk: %Ln file(s) of the campaign, listed below.</source>
        <translation>
            <numerusform>Encore sur le disque : %Ln fichier de la campagne, indiqué ci-dessous.</numerusform>
            <numerusform>Encore sur le disque : %Ln fichiers de la campagne, indiqués ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file of the campaign is left on disk.</source>
        <translation>Plus aucun fichier de la campagne sur le disque.</translation>
    </message>
    <message>
        <source>The database key is still in the system keyring.</source>
        <translation>La clé de la base est encore dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The campaign can no longer be used; finish the wipe with `campagne wipe --resume`, or in the window: Fin de campagne, Finish the wipe.</source>
        <translation>La campagne n&apos;est plus utilisable ; terminez l&apos;effacement avec `campagne wipe --resume`, ou dans la fenêtre : Fin de campagne, Terminer l&apos;effacement.</translation>
    </message>
    <message>
        <source>shorten the message by {chars} characters</source>
        <extracomment>At most this many people are listed one by one per batch (the counts stay exact). How many a text report prints before &quot;and N more&quot; (the JSON has everyone kept).</extracomment>
        <translation>raccourcir le message de {chars} caractères</translation>
    </message>
    <message>
        <source>use the short footer ({segments} SMS)</source>
        <translation>utiliser la mention courte ({segments} SMS)</translation>
    </message>
    <message>
        <source>stop keeping accents in names</source>
        <translation>ne plus garder les accents des noms</translation>
    </message>
    <message>
        <source>raise the cap to {segments} SMS for this batch</source>
        <translation>porter le maximum à {segments} SMS pour cet envoi</translation>
    </message>
    <message>
        <source>{segments} SMS for a cap of {cap}: {ways}.</source>
        <translation>{segments} SMS pour un maximum de {cap} : {ways}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The message would lack {what}: complete the profile or the source&apos;s description.</source>
        <translation>Il manquerait au message : {what}. Complétez le profil ou la description de la source.</translation>
    </message>
    <message>
        <source>The template cannot be filled in for this person: check their fields.</source>
        <translation>Le modèle ne peut pas être rempli pour cette personne : vérifiez sa fiche.</translation>
    </message>
    <message>
        <source>Record their consent, or send them a consent request first.</source>
        <translation>Enregistrez son consentement, ou envoyez-lui d&apos;abord une demande d&apos;accord.</translation>
    </message>
    <message>
        <source>Nothing to do: a consent request goes only to people not asked yet.</source>
        <translation>Rien à faire : une demande d&apos;accord ne va qu&apos;aux personnes jamais sollicitées.</translation>
    </message>
    <message>
        <source>Nothing to do: they asked for it.</source>
        <extracomment>What would include a person, for every reason of the policy (a test keeps it complete).</extracomment>
        <translation>Rien à faire : c&apos;est sa demande.</translation>
    </message>
    <message>
        <source>Nothing to do: an opt-out is for good.</source>
        <translation>Rien à faire : une désinscription est définitive.</translation>
    </message>
    <message>
        <source>Read their reply and decide (Opt-outs, Replies to read; or campagne replies review).</source>
        <translation>Lisez sa réponse et décidez (Désinscriptions, Réponses à lire ; ou campagne replies review).</translation>
    </message>
    <message>
        <source>Nothing to do: consent is asked only once.</source>
        <translation>Rien à faire : le consentement ne se demande qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Export or discard the other consent request batch first (consent is asked once).</source>
        <translation>Exportez ou abandonnez d&apos;abord l&apos;autre envoi de demande de consentement (le consentement n&apos;est demandé qu&apos;une fois).</translation>
    </message>
    <message>
        <source>Choose an earlier &apos;not messaged since&apos; date.</source>
        <translation>Choisissez une date « non contacté depuis » plus ancienne.</translation>
    </message>
    <message>
        <source>{name} ({phone}): {reason}. {fix}</source>
        <translation>{name} ({phone}) : {reason}. {fix}</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... et {count} de plus.</translation>
    </message>
    <message>
        <source>Set {variables} in the environment, or run this command in a terminal to be asked for them.</source>
        <translation>Définissez {variables} dans l&apos;environnement, ou lancez cette commande dans un terminal pour qu&apos;elles vous soient demandées.</translation>
    </message>
    <message>
        <source>Credentials for {provider} stored in the system keyring. Check them with: campagne provider test</source>
        <translation>Identifiants de {provider} enregistrés dans le trousseau du système. Vérifiez-les avec : campagne provider test</translation>
    </message>
    <message>
        <source>No secure system keyring: the credentials for {provider} are stored in the encrypted campaign database. Check them with: campagne provider test</source>
        <translation>Pas de trousseau système sûr : les identifiants de {provider} sont enregistrés dans la base chiffrée de la campagne. Vérifiez-les avec : campagne provider test</translation>
    </message>
    <message>
        <source>{provider} accepted the credentials: {answer}</source>
        <translation>{provider} a accepté les identifiants : {answer}</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>in the encrypted campaign database</source>
        <translation>dans la base chiffrée de la campagne</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseignés</translation>
    </message>
    <message>
        <source>Provider: {provider} ({endpoint}{service}). Credentials: {where}.</source>
        <translation>Prestataire : {provider} ({endpoint}{service}). Identifiants : {where}.</translation>
    </message>
    <message>
        <source>Deleted at {provider}: sent messages {sent}, replies {replies}. Its STOP list is kept: it protects those who asked to stop. Ask {provider} to delete:</source>
        <translation>Supprimés chez {provider} : messages envoyés {sent}, réponses {replies}. Sa liste STOP est conservée : elle protège ceux qui ont demandé à ne plus recevoir de messages. Demandez à {provider} de supprimer :</translation>
    </message>
    <message>
        <source>{provider} has no STOP list the app can read: import its STOP list file after every sending (campagne optout import).</source>
        <translation>{provider} n&apos;a pas de liste STOP lisible par l&apos;application : importez son fichier de STOP après chaque envoi (campagne optout import).</translation>
    </message>
    <message>
        <source>Simulation: {accepted} accepted, {failed} refused, {skipped} no longer allowed. Nothing was sent.</source>
        <translation>Simulation : {accepted} acceptés, {failed} refusés, {skipped} plus autorisés. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>{accepted} accepted by the provider, {failed} failed, {skipped} no longer allowed, {pending} not sent yet.</source>
        <translation>{accepted} acceptés par le prestataire, {failed} en échec, {skipped} plus autorisés, {pending} pas encore envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new opt-out(s) from {provider}&apos;s STOP list.</source>
        <translation>
            <numerusform>%Ln nouvelle désinscription venue de la liste STOP de {provider}.</numerusform>
            <numerusform>%Ln nouvelles désinscriptions venues de la liste STOP de {provider}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) no longer in service: not sent.</source>
        <translation>
            <numerusform>%Ln numéro n&apos;est plus attribué : non envoyé.</numerusform>
            <numerusform>%Ln numéros ne sont plus attribués : non envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found at the provider, not sent again: %Ln message(s) in flight when sending last stopped.</source>
        <translation>
            <numerusform>Retrouvé chez le prestataire, non renvoyé : %Ln message en cours de transmission quand l&apos;envoi s&apos;est arrêté.</numerusform>
            <numerusform>Retrouvés chez le prestataire, non renvoyés : %Ln messages en cours de transmission quand l&apos;envoi s&apos;est arrêté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) for {zone}: sent by the provider at {at}; any still waiting at {until} is dropped.</source>
        <translation>
            <numerusform>%Ln message pour {zone} : envoyé par le prestataire le {at} ; abandonné s&apos;il attend encore le {until}.</numerusform>
            <numerusform>%Ln messages pour {zone} : envoyés par le prestataire le {at} ; ceux qui attendent encore le {until} sont abandonnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held: %Ln message(s) being handed over when sending stopped; {provider} cannot tell whether they left. Check its sent messages, then run campagne batch release {id} --sent (or --not-sent).</source>
        <translation>
            <numerusform>Retenu : %Ln message en cours de transmission quand l&apos;envoi s&apos;est arrêté ; {provider} ne peut pas dire s&apos;il est parti. Consultez ses messages envoyés, puis lancez campagne batch release {id} --sent (ou --not-sent).</numerusform>
            <numerusform>Retenus : %Ln messages en cours de transmission quand l&apos;envoi s&apos;est arrêté ; {provider} ne peut pas dire s&apos;ils sont partis. Consultez ses messages envoyés, puis lancez campagne batch release {id} --sent (ou --not-sent).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: {provider} could not be reached ({reason}). Run the same command again later: only what was not accepted is sent.</source>
        <translation>Arrêté : {provider} est injoignable ({reason}). Relancez la même commande plus tard : seul ce qui n&apos;a pas été accepté sera envoyé.</translation>
    </message>
    <message>
        <source>Cancelled. Run the same command again to send the rest.</source>
        <translation>Annulé. Relancez la même commande pour envoyer le reste.</translation>
    </message>
    <message>
        <source>Test message of batch {id} handed to {provider} ({segments} SMS). It is not counted as sent.</source>
        <translation>Message d&apos;essai de l&apos;envoi {id} remis à {provider} ({segments} SMS). Il n&apos;est pas compté comme envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held message(s) recorded as {outcome}.</source>
        <translation>
            <numerusform>%Ln message retenu enregistré comme {outcome}.</numerusform>
            <numerusform>%Ln messages retenus enregistrés comme {outcome}.</numerusform>
        </translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>not sent (the next send sends them)</source>
        <translation>non envoyés (le prochain envoi les enverra)</translation>
    </message>
    <message>
        <source>Sending at {moment} is not allowed for recipients in {zone}: {restriction}.</source>
        <translation>Envoyer le {moment} n&apos;est pas permis pour les destinataires de {zone} : {restriction}.</translation>
    </message>
    <message>
        <source>The app cannot send through {provider}&apos;s API. It sends through: {known}. For another provider, export a file instead (campagne batch export).</source>
        <translation>L&apos;application ne sait pas envoyer par l&apos;API de {provider}. Elle envoie par : {known}. Pour un autre prestataire, exportez plutôt un fichier (campagne batch export).</translation>
    </message>
    <message>
        <source>The provider&apos;s address must start with https:// (got {url}): credentials and phone numbers never travel unencrypted.</source>
        <translation>L&apos;adresse du prestataire doit commencer par https:// (reçu : {url}) : identifiants et numéros de téléphone ne circulent jamais en clair.</translation>
    </message>
    <message>
        <source>Credentials missing for {provider}: {names}.</source>
        <translation>Identifiants manquants pour {provider} : {names}.</translation>
    </message>
    <message>
        <source>{provider} needs the name of your SMS service (--service sms-xx11111-1).</source>
        <translation>{provider} a besoin du nom de votre service SMS (--service sms-xx11111-1).</translation>
    </message>
    <message>
        <source>No credentials for {provider} yet: run campagne provider set {name} (or fill them in Settings).</source>
        <translation>Pas encore d&apos;identifiants pour {provider} : lancez campagne provider set {name} (ou renseignez-les dans Paramètres).</translation>
    </message>
    <message>
        <source>{provider} could not be reached ({reason}). Nothing was lost: run the same command again later.</source>
        <translation>{provider} est injoignable ({reason}). Rien n&apos;est perdu : relancez la même commande plus tard.</translation>
    </message>
    <message>
        <source>{provider} refused the credentials ({reason}). Check them, or create new ones, then run campagne provider set again.</source>
        <translation>{provider} a refusé les identifiants ({reason}). Vérifiez-les ou créez-en de nouveaux, puis relancez campagne provider set.</translation>
    </message>
    <message>
        <source>{provider} refused the request: {reason}</source>
        <translation>{provider} a refusé la demande : {reason}</translation>
    </message>
    <message>
        <source>the history of the messages sent (numbers and texts), kept by the provider</source>
        <translation>l&apos;historique des messages envoyés (numéros et textes), conservé par le prestataire</translation>
    </message>
    <message>
        <source>the replies received by the provider</source>
        <translation>les réponses reçues par le prestataire</translation>
    </message>
    <message>
        <source>any contact list uploaded on the provider&apos;s site (file exports)</source>
        <translation>toute liste de contacts déposée sur le site du prestataire (exports de fichiers)</translation>
    </message>
    <message>
        <source>Batch {id} was exported to a file ({path}): sending it through the API too would message the same people twice.</source>
        <translation>L&apos;envoi {id} a été exporté dans un fichier ({path}) : l&apos;envoyer aussi par l&apos;API écrirait deux fois aux mêmes personnes.</translation>
    </message>
    <message>
        <source>{provider}&apos;s API does not offer this: {what}. Use its website, then import the file (campagne replies import / campagne optout import).</source>
        <translation>L&apos;API de {provider} ne le permet pas : {what}. Passez par son site, puis importez le fichier (campagne replies import / campagne optout import).</translation>
    </message>
    <message>
        <source>Batch {id} has no message to try.</source>
        <translation>L&apos;envoi {id} n&apos;a aucun message à essayer.</translation>
    </message>
    <message>
        <source>{provider} refused the test message: {reason}</source>
        <translation>{provider} a refusé le message d&apos;essai : {reason}</translation>
    </message>
    <message>
        <source>The file {path} would hold a phone number, so it was not saved. Nothing was deleted.</source>
        <translation>Le fichier {path} contiendrait un numéro de téléphone : il n’a donc pas été enregistré. Rien n’a été effacé.</translation>
    </message>
    <message>
        <source>Round 1 must be a date to come: check the date of the vote.</source>
        <translation>Le tour 1 doit être une date à venir : vérifiez la date du scrutin.</translation>
    </message>
    <message>
        <source>{provider} could not delete the campaign&apos;s data ({reason}). Nothing was deleted on this computer and the campaign still works. Try again later, or wipe without the provider (campagne wipe --skip-provider, or Continue without the provider in the window): the certificate will then list what to ask {provider} by hand.</source>
        <translation>{provider} n&apos;a pas pu effacer les données de la campagne ({reason}). Rien n&apos;a été effacé sur cet ordinateur et la campagne fonctionne toujours. Réessayez plus tard, ou effacez sans le prestataire (campagne wipe --skip-provider, ou Continuer sans le prestataire dans la fenêtre) : le certificat indiquera alors ce qu&apos;il faut demander à {provider} à la main.</translation>
    </message>
    <message>
        <source>{phone} is already in the list. Open that contact to change it: a number is never added twice.</source>
        <translation>{phone} est déjà dans la liste. Ouvrez ce contact pour le modifier : un numéro n&apos;est jamais ajouté deux fois.</translation>
    </message>
    <message>
        <source>{phone} opted out of this campaign&apos;s messages on {date}. An opt-out is for good: the number cannot be added back, even with a new consent.</source>
        <translation>{phone} s&apos;est opposé aux messages de cette campagne le {date}. Une opposition est définitive : le numéro ne peut pas être ajouté à nouveau, même avec un nouveau consentement.</translation>
    </message>
    <message>
        <source>The date of collection cannot be in the future.</source>
        <translation>La date de recueil ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Say who collected the number (the volunteer&apos;s name).</source>
        <translation>Indiquez qui a recueilli le numéro (le nom du bénévole).</translation>
    </message>
    <message>
        <source>Give the wording the person agreed to: it is the proof of their consent.</source>
        <translation>Indiquez le texte que la personne a accepté : c&apos;est la preuve de son consentement.</translation>
    </message>
    <message>
        <source>Send a test to your own number first and read it on your phone (accents, legal notice, STOP mention); only then send to everyone.</source>
        <translation>Envoyez d&apos;abord un test à votre propre numéro et lisez-le sur votre téléphone (accents, mentions légales, mention STOP) ; n&apos;envoyez à tout le monde qu&apos;ensuite.</translation>
    </message>
    <message>
        <source>In your SMS tool, import this file as the list of recipients: column “{phone}” holds the number, column “{message}” the whole message, legal notice included.</source>
        <translation>Dans votre outil SMS, importez ce fichier comme liste de destinataires : la colonne «&#xa0;{phone}&#xa0;» contient le numéro, la colonne «&#xa0;{message}&#xa0;» le message entier, mentions légales comprises.</translation>
    </message>
    <message>
        <source>Send each row its own text: a common text typed in the tool would replace the personalised messages.</source>
        <translation>Envoyez à chaque ligne son propre texte : un texte commun saisi dans l&apos;outil remplacerait les messages personnalisés.</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel: Telecom &gt; SMS &gt; your SMS account &gt; Contacts &gt; Create a contact list, and import this file (column “{phone}”: the number; column “{message}”: the whole message).</source>
        <translation>Dans l&apos;espace client OVHcloud : Télécom &gt; SMS &gt; votre compte SMS &gt; Contacts &gt; Créer une liste de contacts, puis importez ce fichier (colonne «&#xa0;{phone}&#xa0;» : le numéro ; colonne «&#xa0;{message}&#xa0;» : le message entier).</translation>
    </message>
    <message>
        <source>Then create a campaign to that list with your validated sender, and type exactly this as its text: {text}</source>
        <translation>Créez ensuite une campagne vers cette liste avec votre expéditeur validé, et saisissez exactement ceci comme texte : {text}</translation>
    </message>
    <message>
        <source>Accents: OVHcloud&apos;s help says an imported file may not contain accented characters, so its web import may refuse these rows or change the letters. Write the template in standard characters only (and leave “Keep accents in names” off), or send through OVHcloud&apos;s API instead (Send… on the Sendings page, or campagne batch send).</source>
        <translation>Accents : l&apos;aide d&apos;OVHcloud indique qu&apos;un fichier importé ne doit pas contenir de caractères accentués ; son import en ligne peut donc refuser ces lignes ou modifier les lettres. Écrivez le modèle en caractères standard uniquement (et laissez «&#xa0;Garder les accents des noms&#xa0;» décoché), ou envoyez plutôt par l&apos;API d&apos;OVHcloud (Envoyer… sur la page Envois, ou campagne batch send).</translation>
    </message>
    <message>
        <source>In SMSFactor, import this file as a contact list: column “{phone}” is the number (without +), column “{message}” the whole message, to put in a free field; the campaign text is that field only.</source>
        <translation>Dans SMSFactor, importez ce fichier comme liste de contacts : la colonne «&#xa0;{phone}&#xa0;» est le numéro (sans +), la colonne «&#xa0;{message}&#xa0;» le message entier, à placer dans un champ libre ; le texte de la campagne est ce champ seul.</translation>
    </message>
    <message>
        <source>SMSFactor does not publish these import steps: if its screens differ, send through its API instead (Send… on the Sendings page, or campagne batch send).</source>
        <translation>SMSFactor ne publie pas ces étapes d&apos;import : si ses écrans diffèrent, envoyez plutôt par son API (Envoyer… sur la page Envois, ou campagne batch send).</translation>
    </message>
    <message>
        <source>Octopush&apos;s personalised fields hold at most 50 characters each: its web platform cannot send these whole messages as one campaign. Send through Octopush&apos;s API instead (Send… on the Sendings page, or campagne batch send), or hand this file (column “{phone}”: the number; column “{message}”: the message) to Octopush&apos;s support.</source>
        <translation>Les champs personnalisés d&apos;Octopush contiennent au plus 50 caractères chacun : sa plateforme en ligne ne peut pas envoyer ces messages entiers en une seule campagne. Envoyez plutôt par l&apos;API d&apos;Octopush (Envoyer… sur la page Envois, ou campagne batch send), ou confiez ce fichier (colonne «&#xa0;{phone}&#xa0;» : le numéro ; colonne «&#xa0;{message}&#xa0;» : le message) au support d&apos;Octopush.</translation>
    </message>
    <message>
        <source>In Brevo: Contacts &gt; Import contacts, choose this file, map column “{phone}” to the SMS attribute and column “{message}” to a new text attribute MESSAGE.</source>
        <translation>Dans Brevo : Contacts &gt; Importer des contacts, choisissez ce fichier, associez la colonne «&#xa0;{phone}&#xa0;» à l&apos;attribut SMS et la colonne «&#xa0;{message}&#xa0;» à un nouvel attribut texte MESSAGE.</translation>
    </message>
    <message>
        <source>Then create an SMS campaign to that list whose text is exactly: {text}</source>
        <translation>Créez ensuite une campagne SMS vers cette liste dont le texte est exactement : {text}</translation>
    </message>
    <message>
        <source>No screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or under xvfb-run; campagne-desktop --self-test checks the installation without a screen.</source>
        <translation>Aucun écran où ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez-la depuis votre session de bureau, ou sous xvfb-run ; campagne-desktop --self-test vérifie l’installation sans écran.</translation>
    </message>
</context>
</TS>
