<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Kunnskapsapp</source>
        <translation>About Kunnskapsapp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kunnskapsapp %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kunnskapsapp %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Avtaler, prosjekter, finansiering og frister for kommunens forsknings- og innovasjonsarbeid.</source>
        <translation>Agreements, projects, funding and deadlines for the municipality&apos;s research and innovation work.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Databasemotor:</source>
        <translation>Database engine:</translation>
    </message>
    <message>
        <source>Python %s, Qt %s, PySide6 %s</source>
        <translation>Python %s, Qt %s, PySide6 %s</translation>
    </message>
    <message>
        <source>Kjører på:</source>
        <translation>Running on:</translation>
    </message>
    <message>
        <source>Åpne loggmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>Logger:</source>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>Komponenter og lisenser:</source>
        <translation>Components and licenses:</translation>
    </message>
    <message>
        <source>Komponenter og lisenser</source>
        <translation>Components and licenses</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisens</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Lisenstekst</source>
        <translation>License text</translation>
    </message>
    <message>
        <source>Velg en komponent for å se lisensteksten.</source>
        <translation>Select a component to see its license text.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%s er lisensiert under %s. Lisensteksten følger ikke med pakken.</source>
        <translation>%s is licensed under %s. The license text is not included in the package.</translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <source>Opp</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Flytt saken opp (Ctrl+Pil opp)</source>
        <translation>Move the item up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Flytt saken ned (Ctrl+Pil ned)</source>
        <translation>Move the item down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytt saken opp</source>
        <translation>Move the item up</translation>
    </message>
    <message>
        <source>Flytt saken ned</source>
        <translation>Move the item down</translation>
    </message>
    <message>
        <source>minutt</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Sum: %1 av %2.</source>
        <translation>Total: %1 of %2.</translation>
    </message>
    <message>
        <source>Sum: %1 av %2 – %3 for mye.</source>
        <translation>Total: %1 of %2 – %3 over.</translation>
    </message>
    <message>
        <source>Kan ikke flytte saken</source>
        <translation>Cannot move the item</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Varighet og oppfølging</source>
        <translation>Duration and follow-up</translation>
    </message>
    <message>
        <source>Forankring og arkiv</source>
        <translation>Approval and archive</translation>
    </message>
    <message>
        <source>Oppsigelse</source>
        <translation>Termination</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Avtalepart</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Kontaktgruppe</source>
        <translation>Contact group</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Prosjektavtaler</source>
        <translation>Project agreements</translation>
    </message>
    <message>
        <source>Prosjektavtale</source>
        <translation>Project agreement</translation>
    </message>
    <message>
        <source>Ingen prosjektavtaler under denne avtalen ennå.</source>
        <translation>No project agreements under this agreement yet.</translation>
    </message>
    <message>
        <source>Legg til prosjektavtale …</source>
        <translation>Add project agreement …</translation>
    </message>
    <message>
        <source>Forfaller innen 90 dager</source>
        <translation>Due within 90 days</translation>
    </message>
    <message>
        <source>Registrer evaluering …</source>
        <translation>Record evaluation …</translation>
    </message>
    <message>
        <source>Si opp avtale …</source>
        <translation>Terminate agreement …</translation>
    </message>
    <message>
        <source>regnet fra siste evaluering %s</source>
        <translation>counted from the last evaluation on %s</translation>
    </message>
    <message>
        <source>regnet fra startdatoen %s</source>
        <translation>counted from the start date %s</translation>
    </message>
    <message>
        <source>regnet fra signeringsdatoen %s, fordi startdato mangler</source>
        <translation>counted from the signing date %s, because the start date is missing</translation>
    </message>
    <message>
        <source>Neste evaluering: %s, %s.</source>
        <translation>Next evaluation: %s, %s.</translation>
    </message>
    <message>
        <source>Neste evaluering kan ikke beregnes: fyll inn startdato eller signeringsdato.</source>
        <translation>The next evaluation cannot be calculated: fill in the start date or the signing date.</translation>
    </message>
    <message>
        <source>Evaluering registrert</source>
        <translation>Evaluation recorded</translation>
    </message>
    <message>
        <source>Neste evaluering av «%s» er %s.</source>
        <translation>The next evaluation of “%s” is %s.</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>AllocationsBox</name>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Saksref.</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <source>Overskridelse</source>
        <translation>Overrun</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tildelinger fra fondet</source>
        <translation>Allocations from the fund</translation>
    </message>
    <message>
        <source>Legg til …</source>
        <translation>Add …</translation>
    </message>
    <message>
        <source>Endre …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Fjern …</source>
        <translation>Remove …</translation>
    </message>
    <message>
        <source>Åpne prosjektet</source>
        <translation>Open the project</translation>
    </message>
    <message>
        <source>Tildelinger</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>Tildelinger i %s</source>
        <translation>Allocations in %s</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Overbelastet med %s</source>
        <translation>Overcommitted by %s</translation>
    </message>
    <message>
        <source>Ledig: %s</source>
        <translation>Available: %s</translation>
    </message>
    <message>
        <source>Tildeling fra fondet</source>
        <translation>Allocation from the fund</translation>
    </message>
    <message>
        <source>Overskridelse av årets bevilgning</source>
        <translation>Overrun of the year&apos;s appropriation</translation>
    </message>
    <message>
        <source>Godkjent overskridelse</source>
        <translation>Overrun approved</translation>
    </message>
    <message>
        <source>Skriv inn året tildelingen gjelder.</source>
        <translation>Enter the year the allocation is for.</translation>
    </message>
    <message>
        <source>Det er ikke registrert noen bevilgning for %s.</source>
        <translation>No appropriation has been recorded for %s.</translation>
    </message>
    <message>
        <source>Bevilgning %s: %s. Året er allerede overbelastet med %s.</source>
        <translation>Appropriation %s: %s. The year is already overcommitted by %s.</translation>
    </message>
    <message>
        <source>Bevilgning %s: %s. Ledig for denne tildelingen: %s.</source>
        <translation>Appropriation %s: %s. Available for this allocation: %s.</translation>
    </message>
    <message>
        <source>Kan ikke fjerne</source>
        <translation>Cannot remove</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Tatt</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Skadet: kan ikke brukes</source>
        <translation>Damaged: cannot be used</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Kunnskapsapp tar sikkerhetskopi av seg selv: ved oppstart når den nyeste er over et døgn gammel, når du avslutter etter endringer, og før hver oppgradering og gjenoppretting. Hver kopi sjekkes før en eldre slettes. Kopiene ligger i %1.</source>
        <translation>Kunnskapsapp backs itself up: at startup when the newest backup is more than a day old, when you quit after making changes, and before every upgrade and restore. Each backup is checked before an older one is deleted. The backups are kept in %1.</translation>
    </message>
    <message>
        <source>Databasen ligger på en databaseserver, og serveren tar vare på sikkerhetskopiene. Her kan du likevel ta en kopi til en fil, eller gjenopprette fra en.</source>
        <translation>The database is on a database server, and the server takes care of the backups. You can still back up to a file here, or restore from one.</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå …</source>
        <translation>Back up now …</translation>
    </message>
    <message>
        <source>Gjenopprett valgt …</source>
        <translation>Restore selected …</translation>
    </message>
    <message>
        <source>Gjenopprett fra fil …</source>
        <translation>Restore from file …</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>SQLite-database (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skrevet til %1.</source>
        <translation>The backup has been written to %1.</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>SQLite-database (*.sqlite3 *.db);;Alle filer (*)</source>
        <translation>SQLite database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>%1 er skadet eller ikke en sikkerhetskopi fra Kunnskapsapp, og kan ikke brukes. Velg en annen fil.</source>
        <translation>%1 is damaged or is not a Kunnskapsapp backup, and cannot be used. Choose another file.</translation>
    </message>
    <message>
        <source>Erstatte databasen med sikkerhetskopien fra %1 (%2)?

Det databasen inneholder nå, blir tatt vare på som en egen kopi i %3.</source>
        <translation>Replace the database with the backup from %1 (%2)?

What the database holds now is kept as a separate copy in %3.</translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet fra sikkerhetskopien fra %1.</source>
        <translation>The database has been restored from the backup from %1.</translation>
    </message>
    <message>
        <source>Gjenoppretter …</source>
        <translation>Restoring …</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Venstre og høyre piltast går fra søyle til søyle.</source>
        <translation>The left and right arrow keys go from bar to bar.</translation>
    </message>
</context>
<context>
    <name>BudgetPlanModel</name>
    <message>
        <source>Bevilgning</source>
        <translation>Appropriation</translation>
    </message>
    <message>
        <source>Tildelt (forpliktet)</source>
        <translation>Allocated (committed)</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>%s (i år)</source>
        <translation>%s (this year)</translation>
    </message>
    <message>
        <source>Sum %s–%s</source>
        <translation>Total %s–%s</translation>
    </message>
    <message>
        <source>%s er overbelastet med %s.</source>
        <translation>%s is overcommitted by %s.</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Legg til …</source>
        <translation>Add …</translation>
    </message>
    <message>
        <source>Endre …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Lagre først, så kan du legge til her.</source>
        <translation>Save first, then you can add here.</translation>
    </message>
    <message>
        <source>Ingen %s ennå.</source>
        <translation>No %s yet.</translation>
    </message>
    <message>
        <source>Kan ikke fjerne</source>
        <translation>Cannot remove</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Hvordan vil du begynne?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <source>Velg ett av alternativene. Du kan åpne denne veiviseren igjen under Hjelp.</source>
        <translation>Choose one of the options. You can open this wizard again from the Help menu.</translation>
    </message>
    <message>
        <source>Prøv med demodata</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>Åpner en egen fil med eksempler: avtaler, prosjekter, frister og møter. Vinduet er merket DEMODATA. Din egen database blir ikke endret.</source>
        <translation>Opens a separate file with examples: agreements, projects, deadlines and meetings. The window is marked DEMO DATA. Your own database is not changed.</translation>
    </message>
    <message>
        <source>Åpne en eksisterende fil …</source>
        <translation>Open an existing file …</translation>
    </message>
    <message>
        <source>Velg en Kunnskapsapp-database du har fått, eller en sikkerhetskopi.</source>
        <translation>Choose a Kunnskapsapp database you have been given, or a backup.</translation>
    </message>
    <message>
        <source>Koble til en delt server</source>
        <translation>Connect to a shared server</translation>
    </message>
    <message>
        <source>Bruk en felles database som flere i enheten arbeider i. IT-avdelingen gir deg adressen.</source>
        <translation>Use a shared database that several people in the unit work in. The IT department gives you the address.</translation>
    </message>
    <message>
        <source>Importer regneark …</source>
        <translation>Import spreadsheets …</translation>
    </message>
    <message>
        <source>Hent inn avtaler, prosjekter, personer og frister fra Excel eller CSV: enhetens egne regneark, eller en arbeidsbok eksportert fra Kunnskapsapp. Du ser hver rad før noe lagres.</source>
        <translation>Bring in agreements, projects, people and deadlines from Excel or CSV: the unit&apos;s own spreadsheets, or a workbook exported from Kunnskapsapp. You see every row before anything is saved.</translation>
    </message>
    <message>
        <source>Start tom</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Begynn å registrere avtaler og prosjekter i din egen database.</source>
        <translation>Start entering agreements and projects in your own database.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Kan ikke slette</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>«%s» kan ikke slettes fordi %s viser til den. Fjern eller flytt dem først.</source>
        <translation>“%s” cannot be deleted because %s refer to it. Remove or move them first.</translation>
    </message>
    <message>
        <source>Vil du slette «%s»?</source>
        <translation>Delete “%s”?</translation>
    </message>
    <message>
        <source>Dette sletter også %s.</source>
        <translation>This also deletes %s.</translation>
    </message>
    <message>
        <source>%s mister koblingen hit.</source>
        <translation>%s will lose the link to it.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slettingen kan ikke angres.</source>
        <translation>Deleting cannot be undone.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Noen andre har lagret først</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Din versjon</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Lagret versjon</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <source>Lagre min versjon</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <source>Bruk den lagrede versjonen</source>
        <translation>Use the saved version</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Koble til database</source>
        <translation>Connect to database</translation>
    </message>
    <message>
        <source>Koble til den felles PostgreSQL-databasen. Spør IT om servernavn, database, brukernavn og TLS-modus. Valget huskes og brukes også neste gang programmet starter.</source>
        <translation>Connect to the shared PostgreSQL database. Ask IT for the server name, database, user name and TLS mode. The choice is remembered and used again the next time the program starts.</translation>
    </message>
    <message>
        <source>Rotsertifikat fra IT (.crt eller .pem)</source>
        <translation>Root certificate from IT (.crt or .pem)</translation>
    </message>
    <message>
        <source>Rotsertifikat</source>
        <translation>Root certificate</translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Nøkkelringen i operativsystemet</source>
        <translation>The operating system&apos;s keyring</translation>
    </message>
    <message>
        <source>PostgreSQL-passordfilen (pgpass)</source>
        <translation>The PostgreSQL password file (pgpass)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>TLS-modus</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <source>Lagre passordet i</source>
        <translation>Save the password in</translation>
    </message>
    <message>
        <source>Test tilkobling</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Koble til</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Bruk lokal databasefil</source>
        <translation>Use local database file</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Operativsystemet har ingen nøkkelring som Kunnskapsapp kan bruke (på Linux trengs for eksempel GNOME Keyring eller KWallet). Passordet kan i stedet lagres i PostgreSQL sin passordfil (pgpass), som bare du kan lese, eller oppgis ved hver oppstart.</source>
        <translation>The operating system has no keyring Kunnskapsapp can use (on Linux, for example, GNOME Keyring or KWallet is needed). The password can instead be saved in the PostgreSQL password file (pgpass), which only you can read, or entered at every start.</translation>
    </message>
    <message>
        <source>Velg rotsertifikat</source>
        <translation>Choose root certificate</translation>
    </message>
    <message>
        <source>Sertifikater (*.crt *.pem *.cer);;Alle filer (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Kobler til %s …</source>
        <translation>Connecting to %s …</translation>
    </message>
    <message>
        <source>Passordet er lagret i %s.</source>
        <translation>The password is saved in %s.</translation>
    </message>
</context>
<context>
    <name>Connecting</name>
    <message>
        <source>disable – ukryptert (bare på et lukket nett)</source>
        <translation>disable – unencrypted (only on a closed network)</translation>
    </message>
    <message>
        <source>prefer – kryptert hvis serveren tilbyr det</source>
        <translation>prefer – encrypted if the server offers it</translation>
    </message>
    <message>
        <source>require – alltid kryptert, sertifikatet sjekkes ikke</source>
        <translation>require – always encrypted, the certificate is not checked</translation>
    </message>
    <message>
        <source>verify-ca – kryptert, sertifikatet sjekkes mot rotsertifikatet</source>
        <translation>verify-ca – encrypted, the certificate is checked against the root certificate</translation>
    </message>
    <message>
        <source>verify-full – kryptert, sertifikat og servernavn sjekkes (anbefalt)</source>
        <translation>verify-full – encrypted, the certificate and server name are checked (recommended)</translation>
    </message>
    <message>
        <source>Koble til database</source>
        <translation>Connect to database</translation>
    </message>
    <message>
        <source>Kunnskapsapp er allerede koblet til %s.</source>
        <translation>Kunnskapsapp is already connected to %s.</translation>
    </message>
    <message>
        <source>Valget er lagret, og Kunnskapsapp prøver igjen neste gang programmet starter.</source>
        <translation>The choice is saved, and Kunnskapsapp will try again the next time the program starts.</translation>
    </message>
    <message>
        <source>Kunnskapsapp bruker allerede den lokale databasen %s.</source>
        <translation>Kunnskapsapp is already using the local database %s.</translation>
    </message>
    <message>
        <source>Kunnskapsapp åpner den lokale databasen neste gang programmet starter.</source>
        <translation>Kunnskapsapp will open the local database the next time the program starts.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne %1: %2

%3 Du arbeider videre i %4.</source>
        <translation>Could not open %1: %2

%3 You are still working in %4.</translation>
    </message>
    <message>
        <source>Kobler til %s …</source>
        <translation>Connecting to %s …</translation>
    </message>
    <message>
        <source>Kunne ikke koble til den felles databasen %s: %s</source>
        <translation>Could not connect to the shared database %s: %s</translation>
    </message>
    <message>
        <source>Kunnskapsapp åpner den lokale databasefilen i stedet. Velg Fil → Koble til database … for å rette opp tilkoblingen.</source>
        <translation>Kunnskapsapp opens the local database file instead. Choose File → Connect to database … to fix the connection.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Uventet feil – Kunnskapsapp</source>
        <translation>Unexpected error – Kunnskapsapp</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil. Det du allerede har lagret, er trygt. Endringer som ikke var lagret, kan du prøve å lagre på nytt.

Kopier rapporten under og send den til brukerstøtte, med en kort beskrivelse av hva du gjorde.</source>
        <translation>An unexpected error occurred. What you have already saved is safe. You can try to save unsaved changes again.

Copy the report below and send it to user support, with a short description of what you were doing.</translation>
    </message>
    <message>
        <source>Feilrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopier rapporten</source>
        <translation>Copy the report</translation>
    </message>
</context>
<context>
    <name>DamageOffer</name>
    <message>
        <source>Databasen er skadet</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Databasefilen %1 er skadet, så det som står i den kan ikke leses sikkert.</source>
        <translation>The database file %1 is damaged, so what it holds cannot be read reliably.</translation>
    </message>
    <message>
        <source>Den nyeste gode sikkerhetskopien er fra %1 og har %2. Vil du gjenopprette den? Den skadede filen blir tatt vare på i %3.</source>
        <translation>The newest good backup is from %1 and holds %2. Restore it? The damaged file is kept in %3.</translation>
    </message>
    <message>
        <source>Gjenopprett kopien fra %1</source>
        <translation>Restore the backup from %1</translation>
    </message>
    <message>
        <source>Det finnes ingen god sikkerhetskopi i %1. Ta en kopi av filen før du gjør noe annet, og kontakt den som drifter Kunnskapsapp.</source>
        <translation>There is no good backup in %1. Make a copy of the file before you do anything else, and contact whoever runs Kunnskapsapp.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet fra sikkerhetskopien fra %1. Den skadede filen ligger i %2.</source>
        <translation>The database has been restored from the backup from %1. The damaged file is in %2.</translation>
    </message>
    <message>
        <source>Gjenoppretter …</source>
        <translation>Restoring …</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Oppdater</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Oppdater (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Relates to</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Forfalte frister</source>
        <translation>Overdue deadlines</translation>
    </message>
    <message>
        <source>Ingen forfalte frister.</source>
        <translation>No overdue deadlines.</translation>
    </message>
    <message>
        <source>Dager</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Frister de neste 30 dagene</source>
        <translation>Deadlines in the next 30 days</translation>
    </message>
    <message>
        <source>Ingen frister de neste 30 dagene.</source>
        <translation>No deadlines in the next 30 days.</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Avtaler som skal evalueres</source>
        <translation>Agreements due for evaluation</translation>
    </message>
    <message>
        <source>Ingen avtaler skal evalueres de neste 90 dagene.</source>
        <translation>No agreements are due for evaluation in the next 90 days.</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partnere</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Prosjektavtaler som må oppfylles etter oppsigelse</source>
        <translation>Project agreements to fulfill after termination</translation>
    </message>
    <message>
        <source>Ingen prosjektavtaler under oppsagte samarbeidsavtaler.</source>
        <translation>No project agreements under terminated framework agreements.</translation>
    </message>
    <message>
        <source>Prosjektavtale</source>
        <translation>Project agreement</translation>
    </message>
    <message>
        <source>Samarbeidsavtale</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Henter oversikten …</source>
        <translation>Loading the overview …</translation>
    </message>
    <message>
        <source>Oppdaterer …</source>
        <translation>Refreshing …</translation>
    </message>
    <message>
        <source>Kunne ikke hente oversikten (%s). Trykk F5 for å prøve igjen.</source>
        <translation>Could not load the overview (%s). Press F5 to try again.</translation>
    </message>
    <message>
        <source>%s, de %s eldste vises</source>
        <translation>%s, the %s oldest shown</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>dd.mm.åååå tt:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>Kalender med frister</source>
        <translation>Calendar of deadlines</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>frister</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <source> (forfalt)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>… og %s til</source>
        <translation>… and %s more</translation>
    </message>
</context>
<context>
    <name>DeadlineChartSection</name>
    <message>
        <source>Åpne frister per uke</source>
        <translation>Open deadlines per week</translation>
    </message>
    <message>
        <source>Ingen åpne frister de neste ukene.</source>
        <translation>No open deadlines in the coming weeks.</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Forfalt: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>uke %1: %2</source>
        <translation>week %1: %2</translation>
    </message>
    <message>
        <source>Åpne frister per uke de neste %1 ukene</source>
        <translation>Open deadlines per week for the next %1 weeks</translation>
    </message>
    <message>
        <source>Forfalt: %1. Per uke: %2.</source>
        <translation>Overdue: %1. Per week: %2.</translation>
    </message>
    <message>
        <source>Enter viser ukens frister under Frister.</source>
        <translation>Enter shows the week&apos;s deadlines under Deadlines.</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>frister</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <source>Uke %1 (%2–%3): %4</source>
        <translation>Week %1 (%2–%3): %4</translation>
    </message>
</context>
<context>
    <name>DeadlineConfirmDialog</name>
    <message>
        <source>Frister fra %s</source>
        <translation>Deadlines from %s</translation>
    </message>
    <message>
        <source>Ordningen gir disse fristene for prosjektet. Fjern haken for dem du ikke vil registrere, og trykk Lagre.</source>
        <translation>The scheme gives these deadlines for the project. Uncheck the ones you don&apos;t want to record, and press Save.</translation>
    </message>
    <message>
        <source>Registrer dem som utført</source>
        <translation>Record them as done</translation>
    </message>
    <message>
        <source>Registrer dem som åpne (forfalt)</source>
        <translation>Record them as open (overdue)</translation>
    </message>
    <message>
        <source>Ikke registrer dem</source>
        <translation>Don&apos;t record them</translation>
    </message>
    <message>
        <source>%1 er allerede passert:</source>
        <translation>Already passed (%1):</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>frister</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Foreslåtte frister</source>
        <translation>Suggested deadlines</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Registreres</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <source>Registreres ikke</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Åpen, forfalt</source>
        <translation>Open, overdue</translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lagringen ble avbrutt. Ingenting er lagret.</source>
        <translation>Saving was canceled. Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Dager</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Relates to</translation>
    </message>
    <message>
        <source>Varsel og gjentakelse</source>
        <translation>Reminder and recurrence</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Bare forfalte</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Neste 30 dager</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <source>Neste 90 dager</source>
        <translation>Next 90 days</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Marker som utført</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Marker fristen som utført i dag</source>
        <translation>Mark the deadline as done today</translation>
    </message>
    <message>
        <source>Gjenåpne</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Vis alle dager</source>
        <translation>Show all days</translation>
    </message>
    <message>
        <source>Fjern dagsfilteret fra kalenderen</source>
        <translation>Clear the day filter from the calendar</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Helligdag</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Uten ansvarlig</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>I dag %s. &lt;b&gt;%s forfalte&lt;/b&gt;, %s de neste 30 dagene.</source>
        <translation>Today %s. &lt;b&gt;%s overdue&lt;/b&gt;, %s in the next 30 days.</translation>
    </message>
    <message>
        <source>Viser fristene i uke %1, %2–%3.</source>
        <translation>Showing the deadlines in week %1, %2–%3.</translation>
    </message>
    <message>
        <source>Klikk på en dag i kalenderen for å se dens frister.</source>
        <translation>Click a day in the calendar to see its deadlines.</translation>
    </message>
    <message>
        <source>Viser fristene %s.</source>
        <translation>Showing the deadlines on %s.</translation>
    </message>
    <message>
        <source>Kan ikke markere som utført</source>
        <translation>Cannot mark as done</translation>
    </message>
    <message>
        <source>Neste frist er opprettet</source>
        <translation>The next deadline has been created</translation>
    </message>
    <message>
        <source>«%s» er markert som utført. Fristen gjentas (%s), så neste frist er opprettet med dato %s.</source>
        <translation>“%s” is marked as done. The deadline recurs (%s), so the next deadline has been created for %s.</translation>
    </message>
    <message>
        <source>«%s» er markert som utført.</source>
        <translation>“%s” is marked as done.</translation>
    </message>
    <message>
        <source>Kan ikke gjenåpne</source>
        <translation>Cannot reopen</translation>
    </message>
    <message>
        <source>«%s» er åpen igjen.</source>
        <translation>“%s” is open again.</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ny: %s</source>
        <translation>New: %s</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>Deler av skjemaet</source>
        <translation>Parts of the form</translation>
    </message>
    <message>
        <source>Opplysninger</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ny: %s</source>
        <translation>New: %s</translation>
    </message>
    <message>
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Kan ikke slette</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Du har endringer i «%s» som ikke er lagret.</source>
        <translation>You have unsaved changes in “%s”.</translation>
    </message>
    <message>
        <source>Vil du lagre dem før du går videre?</source>
        <translation>Do you want to save them before you go on?</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Registrer evaluering – %s</source>
        <translation>Record evaluation – %s</translation>
    </message>
    <message>
        <source>Evaluert dato</source>
        <translation>Date evaluated</translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Justeringer og oppfølging</source>
        <translation>Adjustments and follow-up</translation>
    </message>
    <message>
        <source>Evaluert dato *</source>
        <translation>Date evaluated *</translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Søk: «%1»</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Eksporter tabell</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <source>Skriver %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <source>Eksporterer tabellen …</source>
        <translation>Exporting the table …</translation>
    </message>
    <message>
        <source>%1 (%2) eksportert til %3</source>
        <translation>%1 (%2) exported to %3</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Lagre importmalen</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Eksporter hele databasen</source>
        <translation>Export the whole database</translation>
    </message>
    <message>
        <source>Importmalen er lagret i %1</source>
        <translation>The import template has been saved in %1</translation>
    </message>
    <message>
        <source>Hele databasen (%1) eksportert til %2</source>
        <translation>The whole database (%1) exported to %2</translation>
    </message>
    <message>
        <source>Lagrer importmalen …</source>
        <translation>Saving the import template …</translation>
    </message>
    <message>
        <source>Eksporterer hele databasen …</source>
        <translation>Exporting the whole database …</translation>
    </message>
    <message>
        <source>Eksporter til kalender</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>iCalendar-fil</source>
        <translation>iCalendar file</translation>
    </message>
    <message>
        <source>Leser fristene og møtene …</source>
        <translation>Reading the deadlines and meetings …</translation>
    </message>
    <message>
        <source>Eksporterer til kalender …</source>
        <translation>Exporting to calendar …</translation>
    </message>
    <message>
        <source>%1 eksportert til %2</source>
        <translation>%1 exported to %2</translation>
    </message>
    <message>
        <source>hendelse</source>
        <translation>event</translation>
    </message>
    <message>
        <source>hendelser</source>
        <translation>events</translation>
    </message>
    <message>
        <source>Frister og møter</source>
        <translation>Deadlines and meetings</translation>
    </message>
    <message>
        <source>Eksporter tabell …</source>
        <translation>Export table …</translation>
    </message>
    <message>
        <source>Eksporter alt …</source>
        <translation>Export everything …</translation>
    </message>
    <message>
        <source>Eksporter til kalender (.ics) …</source>
        <translation>Export to calendar (.ics) …</translation>
    </message>
    <message>
        <source>Importer …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <source>Importmal …</source>
        <translation>Import template …</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Velg filen</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Arbeidsboken fra Eksporter alt, en CSV-fil per tabell eller et eget regneark. Ingenting lagres før du trykker Importer.</source>
        <translation>The workbook from Export everything, one CSV file per table, or a spreadsheet of your own. Nothing is saved until you press Import.</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Valgt fil</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Arbeidsboken fra Eksporter alt importeres med alle ark. Et eget regneark med flere ark importeres ett ark om gangen: velg arket og tabellen det hører til.</source>
        <translation>The workbook from Export everything is imported with all its sheets. A spreadsheet of your own with several sheets is imported one sheet at a time: choose the sheet and the table it belongs to.</translation>
    </message>
    <message>
        <source>Ark som skal importeres:</source>
        <translation>Sheet to import:</translation>
    </message>
    <message>
        <source>Velg tabell …</source>
        <translation>Choose table …</translation>
    </message>
    <message>
        <source>Tabellen filen hører til:</source>
        <translation>Table the file belongs to:</translation>
    </message>
    <message>
        <source>Opprett organisasjoner og personer som ikke finnes</source>
        <translation>Create organizations and people that don&apos;t exist</translation>
    </message>
    <message>
        <source>En organisasjon eller person som filen nevner ved navn, men som ikke finnes, legges til med navnet. Uten dette avvises raden.</source>
        <translation>An organization or person that the file names but that doesn&apos;t exist is added under that name. Without this, the row is rejected.</translation>
    </message>
    <message>
        <source>Alle ark (arbeidsboken fra Eksporter alt)</source>
        <translation>All sheets (the workbook from Export everything)</translation>
    </message>
    <message>
        <source>%1 (%2 rader)</source>
        <translation>%1 (rows: %2)</translation>
    </message>
    <message>
        <source>Velg filen som skal importeres</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Regneark (*.xlsx *.csv);;Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>CSV-fil</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>%1 med %2 og %3.</source>
        <translation>%1 with %2 and %3.</translation>
    </message>
    <message>
        <source>kolonne</source>
        <translation>column</translation>
    </message>
    <message>
        <source>kolonner</source>
        <translation>columns</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Arbeidsbok med %1 ark (%2): %3.</source>
        <translation>Workbook with %1 sheet(s) (%2): %3.</translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <source>%s: alle</source>
        <translation>%s: all</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Kom i gang</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>&lt; Tilbake</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Neste &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Fullfør</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Åpne demodata</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Koble til …</source>
        <translation>Connect …</translation>
    </message>
    <message>
        <source>Importer …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Åpne en Kunnskapsapp-database</source>
        <translation>Open a Kunnskapsapp database</translation>
    </message>
    <message>
        <source>Kunnskapsapp-database (*.sqlite3 *.sqlite *.db);;Alle filer (*)</source>
        <translation>Kunnskapsapp database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Kan ikke åpne filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Lager demodata …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <source>Kommunens opplysninger er ikke lagret.</source>
        <translation>The municipality&apos;s details have not been saved.</translation>
    </message>
    <message>
        <source>Vil du lagre dem før du lukker?</source>
        <translation>Do you want to save them before you close?</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>dag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>days</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1 igjen</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>FundChartSection</name>
    <message>
        <source>Fondet i budsjettplanen</source>
        <translation>The fund in the budget plan</translation>
    </message>
    <message>
        <source>Ingen bevilgning eller tildeling i budsjettplanen.</source>
        <translation>No appropriation or allocation in the budget plan.</translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation>Appropriated</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Tildelt over bevilgningen</source>
        <translation>Allocated beyond the appropriation</translation>
    </message>
    <message>
        <source>Fondet: bevilget og tildelt per år %1–%2</source>
        <translation>The fund: appropriated and allocated per year %1–%2</translation>
    </message>
    <message>
        <source>mill. kr</source>
        <translation>NOK million</translation>
    </message>
    <message>
        <source>%1: bevilget %2</source>
        <translation>%1: appropriated %2</translation>
    </message>
    <message>
        <source>%1: tildelt %2, %3 mer enn bevilget</source>
        <translation>%1: allocated %2, %3 more than appropriated</translation>
    </message>
    <message>
        <source>%1: tildelt %2 (%3 % av bevilgningen), igjen %4</source>
        <translation>%1: allocated %2 (%3 % of the appropriation), %4 remaining</translation>
    </message>
    <message>
        <source>%1: tildelt %2</source>
        <translation>%1: allocated %2</translation>
    </message>
    <message>
        <source>%1: bevilget %2, tildelt %3.</source>
        <translation>%1: appropriated %2, allocated %3.</translation>
    </message>
    <message>
        <source>Tildelt %1 mer enn bevilget.</source>
        <translation>%1 more allocated than appropriated.</translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <source>Velg prosjekt …</source>
        <translation>Choose project …</translation>
    </message>
    <message>
        <source>%s er overbelastet med %s (tildelt %s av en bevilgning på %s).</source>
        <translation>%s is overcommitted by %s (%s allocated of an appropriation of %s).</translation>
    </message>
    <message>
        <source>Finansiering og fond</source>
        <translation>Funding and the fund</translation>
    </message>
    <message>
        <source>Forsknings- og innovasjonsfondet</source>
        <translation>The research fund</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Bevilgning og tildelinger per år, og forpliktelser i budsjettplanen</source>
        <translation>Appropriation and allocations per year, and commitments in the budget plan</translation>
    </message>
    <message>
        <source>Finansiering i alle prosjekter</source>
        <translation>Funding in all projects</translation>
    </message>
</context>
<context>
    <name>FundSection</name>
    <message>
        <source>Fondet i år</source>
        <translation>The fund this year</translation>
    </message>
    <message>
        <source>Ingen bevilgning eller tildeling i år.</source>
        <translation>No appropriation or allocation this year.</translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation>Appropriated</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>%s: tildelt %s mer enn bevilget.</source>
        <translation>%s: %s more allocated than appropriated.</translation>
    </message>
</context>
<context>
    <name>FundYearsTab</name>
    <message>
        <source>Forsknings- og innovasjonsfondet</source>
        <translation>The research fund</translation>
    </message>
    <message>
        <source>Nytt år</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>Registrer bevilgningen for et nytt år (Ctrl+N)</source>
        <translation>Record the appropriation for a new year (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fondet år for år</source>
        <translation>The fund year by year</translation>
    </message>
    <message>
        <source>Budsjettplanen</source>
        <translation>The budget plan</translation>
    </message>
    <message>
        <source>Budsjettplanen: år</source>
        <translation>Budget plan: year</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%s (i år)</source>
        <translation>%s (this year)</translation>
    </message>
    <message>
        <source>Bevilgning</source>
        <translation>Appropriation</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Antall tildelinger</source>
        <translation>Number of allocations</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ingen bevilgning registrert.</source>
        <translation>No appropriation recorded.</translation>
    </message>
    <message>
        <source>Bevilgning til fondet</source>
        <translation>Appropriation to the fund</translation>
    </message>
    <message>
        <source>Budsjettplanen %s–%s: bevilget, forpliktet og igjen</source>
        <translation>The budget plan %s–%s: appropriated, committed and remaining</translation>
    </message>
    <message>
        <source>%s: ingen bevilgning registrert</source>
        <translation>%s: no appropriation recorded</translation>
    </message>
    <message>
        <source>Ny bevilgning til fondet</source>
        <translation>New appropriation to the fund</translation>
    </message>
</context>
<context>
    <name>FundingLineForm</name>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>FundingLinesTab</name>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Ny finansiering</source>
        <translation>New funding</translation>
    </message>
    <message>
        <source>Finansiering i alle prosjekter</source>
        <translation>Funding in all projects</translation>
    </message>
    <message>
        <source>Åpne prosjektet</source>
        <translation>Open the project</translation>
    </message>
    <message>
        <source>innvilget</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>Beløp per år</source>
        <translation>Amount per year</translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ekstern ref.</source>
        <translation>External ref.</translation>
    </message>
    <message>
        <source>Søkt</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Totalkostnad</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Støttegrad</source>
        <translation>Support rate</translation>
    </message>
    <message>
        <source>Egenandel</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Vedtaksår</source>
        <translation>Decision year</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Organisasjoner</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Erfaringer</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Søk i alt (Ctrl+K)</source>
        <translation>Search everything (Ctrl+K)</translation>
    </message>
    <message>
        <source>Søk i alt</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Søk i prosjekter, avtaler, organisasjoner, personer, frister, møter og erfaringer</source>
        <translation>Search projects, agreements, organizations, people, deadlines, meetings and lessons learned</translation>
    </message>
    <message>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Søket kunne ikke gjennomføres.</source>
        <translation>The search could not be carried out.</translation>
    </message>
    <message>
        <source>Ingen treff for «%s»</source>
        <translation>No results for “%s”</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Brukerveiledning – Kunnskapsapp</source>
        <translation>User guide – Kunnskapsapp</translation>
    </message>
    <message>
        <source>Søk i veiledningen …</source>
        <translation>Search the guide …</translation>
    </message>
    <message>
        <source>Søk i veiledningen</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Funnet i %s avsnitt.</source>
        <translation>Sections found: %s.</translation>
    </message>
    <message>
        <source>Ingen treff på «%s».</source>
        <translation>No results for “%s”.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Historikk – %s</source>
        <translation>History – %s</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ingen endringer er registrert.</source>
        <translation>No changes have been recorded.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&lt; Tilbake</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Neste &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Lager forhåndsvisningen …</source>
        <translation>Preparing the preview …</translation>
    </message>
    <message>
        <source>Importert: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Ingenting å endre: %1</source>
        <translation>Nothing to change: %1</translation>
    </message>
    <message>
        <source>Sikkerhetskopi fra før importen: %1</source>
        <translation>Backup from before the import: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Legges til</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Oppdateres</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Avvises</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>InstanceNotice</name>
    <message>
        <source>Delt database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <source>Dere kan arbeide samtidig. Lagrer dere den samme posten, får den som lagrer sist beskjed og kan velge hva som skal gjelde.</source>
        <translation>You can work at the same time. If two of you save the same record, whoever saves last is told and can choose which version counts.</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Erfaringer</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Her samler dere det dere har lært i prosjektene og avtalene: hva som virket, hva som ikke gjorde det, og hva neste prosjekt bør gjøre annerledes.</source>
        <translation>This is where you collect what you have learned in the projects and agreements: what worked, what did not, and what the next project should do differently.</translation>
    </message>
    <message>
        <source>Læringspunkt</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Koblet til</source>
        <translation>Linked to</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Skriv for å legge til …</source>
        <translation>Type to add …</translation>
    </message>
    <message>
        <source>Legg til: %s</source>
        <translation>Add: %s</translation>
    </message>
    <message>
        <source>Fjern haken for å ta den bort</source>
        <translation>Uncheck to remove it</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ikke aktive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ny (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lagre (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Historikk …</source>
        <translation>History …</translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Ingen %s er registrert ennå.</source>
        <translation>No %s have been registered yet.</translation>
    </message>
    <message>
        <source>Registrer %s</source>
        <translation>Register %s</translation>
    </message>
    <message>
        <source>Raden passer ikke til søket og filtrene.</source>
        <translation>The row does not match the search and filters.</translation>
    </message>
    <message>
        <source>Ingen av de %1 radene passer til søket og filtrene.</source>
        <translation>None of the %1 rows match the search and filters.</translation>
    </message>
    <message>
        <source>Vis alle</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Oppdater</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Eksporter tabell …</source>
        <translation>Export table …</translation>
    </message>
    <message>
        <source>Eksporter til kalender (.ics) …</source>
        <translation>Export to calendar (.ics) …</translation>
    </message>
    <message>
        <source>Frister og møter til kalender (.ics) …</source>
        <translation>Deadlines and meetings to calendar (.ics) …</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å åpne</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <source>Logo på rapportene</source>
        <translation>Logo on the reports</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Velg bilde …</source>
        <translation>Choose image …</translation>
    </message>
    <message>
        <source>PNG eller JPEG, høyst 2 MB</source>
        <translation>PNG or JPEG, at most 2 MB</translation>
    </message>
    <message>
        <source>Fjern logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Ingen logo. Rapportene skrives ut uten logo.</source>
        <translation>No logo. The reports are printed without a logo.</translation>
    </message>
    <message>
        <source>Logoen kan ikke vises.</source>
        <translation>The logo cannot be shown.</translation>
    </message>
    <message>
        <source>%s, %s × %s piksler, %s</source>
        <translation>%s, %s × %s pixels, %s</translation>
    </message>
    <message>
        <source>Velg logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>«%s» er %s. Logoen kan være høyst 2 MB; lagre bildet i mindre størrelse og prøv igjen.</source>
        <translation>“%s” is %s. The logo can be at most 2 MB; save the image at a smaller size and try again.</translation>
    </message>
    <message>
        <source>Kunne ikke lese «%s»: %s</source>
        <translation>Could not read “%s”: %s</translation>
    </message>
    <message>
        <source>«%s» er ikke et PNG- eller JPEG-bilde. Velg en annen fil.</source>
        <translation>“%s” is not a PNG or JPEG image. Choose another file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Åpnet %s</source>
        <translation>Opened %s</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Finansiering og fond</source>
        <translation>Funding and the fund</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Organisasjoner</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Erfaringer</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Kunnskapsapp – DEMODATA</source>
        <translation>Kunnskapsapp – DEMO DATA</translation>
    </message>
    <message>
        <source>Kunnskapsapp – %s</source>
        <translation>Kunnskapsapp – %s</translation>
    </message>
    <message>
        <source>Navigasjon</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%s (Ctrl+%s)</source>
        <translation>%s (Ctrl+%s)</translation>
    </message>
    <message>
        <source>Åpner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>Demodata: %s</source>
        <translation>Demo data: %s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Koble til database …</source>
        <translation>Connect to database …</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi …</source>
        <translation>Back up …</translation>
    </message>
    <message>
        <source>Sikkerhetskopier …</source>
        <translation>Backups …</translation>
    </message>
    <message>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Møteunderlag …</source>
        <translation>Meeting handout …</translation>
    </message>
    <message>
        <source>Porteføljeoversikt …</source>
        <translation>Portfolio summary …</translation>
    </message>
    <message>
        <source>Fristliste …</source>
        <translation>Deadline list …</translation>
    </message>
    <message>
        <source>Avtaleregister …</source>
        <translation>Agreement register …</translation>
    </message>
    <message>
        <source>FoU-fond …</source>
        <translation>Research fund …</translation>
    </message>
    <message>
        <source>Prosjektark …</source>
        <translation>Project sheets …</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Oppdater</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>&amp;Gå til</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Kommuneprofil …</source>
        <translation>Municipality profile …</translation>
    </message>
    <message>
        <source>Tjenesteområder …</source>
        <translation>Service areas …</translation>
    </message>
    <message>
        <source>Finansieringsordninger og fristregler …</source>
        <translation>Funding schemes and deadline rules …</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Kom i gang …</source>
        <translation>Get started …</translation>
    </message>
    <message>
        <source>Om Kunnskapsapp</source>
        <translation>About Kunnskapsapp</translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Følg systemet</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Lyst</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Mørkt</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Utseende</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Kunnskapsapp bruker %1 neste gang programmet starter.</source>
        <translation>Kunnskapsapp will use %1 the next time the program starts.</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>SQLite-database (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <source>Sikkerhetskopi skrevet til %s</source>
        <translation>Backup written to %s</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Koble kolonnene</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Kolonne i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Første verdi</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Importeres som</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Lagre koblingen …</source>
        <translation>Save the mapping …</translation>
    </message>
    <message>
        <source>Som JSON-fil, for kommandolinjen: kunnskapsapp import FIL --map FIL.json</source>
        <translation>As a JSON file, for the command line: kunnskapsapp import FILE --map FILE.json</translation>
    </message>
    <message>
        <source>Velg hvilket felt i %1 hver kolonne skal fylle, eller «Importeres ikke». Koblingen huskes til neste fil med de samme kolonnene.</source>
        <translation>Choose which field of %1 each column fills, or “Not imported”. The mapping is remembered for the next file with the same columns.</translation>
    </message>
    <message>
        <source>Importeres ikke</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>«%1» er valgt for flere kolonner.</source>
        <translation>“%1” is chosen for more than one column.</translation>
    </message>
    <message>
        <source>%1 av %2 importeres.</source>
        <translation>%1 of %2 imported.</translation>
    </message>
    <message>
        <source>kolonne</source>
        <translation>column</translation>
    </message>
    <message>
        <source>kolonner</source>
        <translation>columns</translation>
    </message>
    <message>
        <source>Lagre koblingen</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>JSON-fil (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Koblingen er lagret i %1</source>
        <translation>The mapping has been saved in %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Møteunderlag …</source>
        <translation>Meeting handout …</translation>
    </message>
    <message>
        <source>Skriv ut møteunderlaget (Ctrl+P)</source>
        <translation>Print the meeting handout (Ctrl+P)</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avtale/Prosjekt</source>
        <translation>Agreement/project</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Saksliste (min)</source>
        <translation>Agenda (min)</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Tidligere</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Relates to</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Innkalt</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sak</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Innleder</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Vedtak/oppfølging</source>
        <translation>Decisions/follow-up</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Sakslisten er tom.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>Legg til sak …</source>
        <translation>Add item …</translation>
    </message>
    <message>
        <source>Vedtak og oppfølging</source>
        <translation>Decisions and follow-up</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>I fristlisten</source>
        <translation>In the deadline list</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Vedtak eller oppfølgingspunkt</source>
        <translation>Decision or follow-up item</translation>
    </message>
    <message>
        <source>Frist (for oppfølgingspunkt)</source>
        <translation>Deadline (for a follow-up item)</translation>
    </message>
    <message>
        <source>Ingen vedtak eller oppfølgingspunkter for denne saken ennå. Et oppfølgingspunkt med ansvarlig og frist kommer også i fristlisten.</source>
        <translation>No decisions or follow-up items for this agenda item yet. A follow-up item with a person responsible and a deadline also goes into the deadline list.</translation>
    </message>
    <message>
        <source>Registrer vedtak eller oppfølging …</source>
        <translation>Register decision or follow-up …</translation>
    </message>
    <message>
        <source>Lagre møtet før du legger til saker.</source>
        <translation>Save the meeting before you add items.</translation>
    </message>
    <message>
        <source>Et oppfølgingspunkt må ha en ansvarlig, så noen følger det opp.</source>
        <translation>A follow-up item needs someone responsible, so that someone follows it up.</translation>
    </message>
    <message>
        <source>Fristen i fristlisten er oppdatert (%s).</source>
        <translation>The deadline in the deadline list has been updated (%s).</translation>
    </message>
    <message>
        <source>Oppfølgingspunktet er lagt inn i fristlisten med frist %s.</source>
        <translation>The follow-up item has been added to the deadline list with the deadline %s.</translation>
    </message>
    <message>
        <source>Åpne avtalen</source>
        <translation>Open the agreement</translation>
    </message>
    <message>
        <source>Åpne prosjektet</source>
        <translation>Open the project</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisasjoner</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Org.nr.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <source>Nettside</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <source>Vedtak og oppfølging – sak %s: %s</source>
        <translation>Decisions and follow-up – item %s: %s</translation>
    </message>
    <message>
        <source>Vedtak og oppfølging</source>
        <translation>Decisions and follow-up</translation>
    </message>
    <message>
        <source>Velg en sak i sakslisten.</source>
        <translation>Select an item in the agenda.</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Kan ikke vise PDF-sider: pypdfium2 er ikke installert.</source>
        <translation>Cannot show PDF pages: pypdfium2 is not installed.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes. Sjekk at den er slått på og tilgjengelig, eller lagre rapporten som PDF og skriv den ut derfra.</source>
        <translation>The printer could not be started. Check that it is switched on and available, or save the report as PDF and print it from there.</translation>
    </message>
    <message>
        <source>Skriver ut side %1 av %2 …</source>
        <translation>Printing page %1 of %2 …</translation>
    </message>
    <message>
        <source>Skriveren tok ikke imot flere sider.</source>
        <translation>The printer accepted no more pages.</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PeopleDueSection</name>
    <message>
        <source>Personer som skal slettes</source>
        <translation>People due for deletion</translation>
    </message>
    <message>
        <source>Ingen personer har passert «Slettes etter».</source>
        <translation>No one has passed “Delete after”.</translation>
    </message>
    <message>
        <source>Slettes etter</source>
        <translation>Delete after</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Eksporter personopplysninger …</source>
        <translation>Export personal data …</translation>
    </message>
    <message>
        <source>Anonymiser …</source>
        <translation>Anonymize …</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Eksporter personopplysninger …</source>
        <translation>Export personal data …</translation>
    </message>
    <message>
        <source>Skriv alt som er lagret om personen til en PDF- eller JSON-fil</source>
        <translation>Write everything stored about the person to a PDF or JSON file</translation>
    </message>
    <message>
        <source>Anonymiser …</source>
        <translation>Anonymize …</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Slettes etter</source>
        <translation>Delete after</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Personopplysninger</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personvern</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Skal slettes</source>
        <translation>Due for deletion</translation>
    </message>
</context>
<context>
    <name>PresetLocks</name>
    <message>
        <source>Navnet er satt av IT-avdelingen (i %1) og kan ikke endres her.</source>
        <translation>The name is set by the IT department (in %1) and cannot be changed here.</translation>
    </message>
    <message>
        <source>IT-avdelingen har valgt databasen %1 (i %2). Den kan ikke byttes her.</source>
        <translation>The IT department has chosen the database %1 (in %2). It cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>side</source>
        <translation>page</translation>
    </message>
    <message>
        <source>sider</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>Forminsk</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Forstørr</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Lagre som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Ingenting er lagret ennå. Trykk Importer for å lagre.</source>
        <translation>Nothing has been saved yet. Press Import to save.</translation>
    </message>
    <message>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Hva skjer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hopp over rader som avvises</source>
        <translation>Skip rows that are rejected</translation>
    </message>
    <message>
        <source>Uten dette lagres ingenting så lenge én rad avvises.</source>
        <translation>Without this, nothing is saved as long as one row is rejected.</translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>Så lenge en rad avvises, lagres ingenting: rett filen, eller hopp over rader som avvises.</source>
        <translation>As long as a row is rejected, nothing is saved: correct the file, or skip rows that are rejected.</translation>
    </message>
    <message>
        <source>Det er ingenting å importere.</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>Filen kan ikke importeres: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Avbrutt. Ingenting er lagret.</source>
        <translation>Canceled. Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Eksporter personopplysninger</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Filen kunne ikke skrives: %s</source>
        <translation>The file could not be written: %s</translation>
    </message>
    <message>
        <source>Alt som er lagret om %1 (%2, %3 i endringsloggen) er skrevet til %4.</source>
        <translation>Everything stored about %1 (%2, %3 in the change log) has been written to %4.</translation>
    </message>
    <message>
        <source>kobling</source>
        <translation>link</translation>
    </message>
    <message>
        <source>koblinger</source>
        <translation>links</translation>
    </message>
    <message>
        <source>innslag</source>
        <comment>one</comment>
        <translation>entry</translation>
    </message>
    <message>
        <source>innslag</source>
        <comment>many</comment>
        <translation>entries</translation>
    </message>
    <message>
        <source>Anonymiser person</source>
        <translation>Anonymize person</translation>
    </message>
    <message>
        <source>Anonymisere %s?</source>
        <translation>Anonymize %s?</translation>
    </message>
    <message>
        <source>Navnet erstattes med «Anonymisert person N», og tittel, e-post, telefon og merknader tømmes, også i endringsloggen og der navnet står i fritekst. Koblingene til prosjekter, møter, avtaler og frister beholdes, så alle tall og rapporter blir de samme. Dette kan ikke angres. Eksporter personopplysningene først hvis personen har bedt om innsyn.</source>
        <translation>The name is replaced with “Anonymized person N”, and title, email, phone and notes are cleared, also in the change log and wherever the name appears in free text. The links to projects, meetings, agreements and deadlines are kept, so all figures and reports stay the same. This cannot be undone. Export the personal data first if the person has asked for access.</translation>
    </message>
    <message>
        <source>Anonymiser</source>
        <translation>Anonymize</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Kommuneprofil</source>
        <translation>Municipality profile</translation>
    </message>
    <message>
        <source>Navnet, enheten og logoen skrives på alle rapporter og møteunderlag. Endringene gjelder for alle som bruker denne databasen.</source>
        <translation>The name, the unit and the logo are printed on all reports and meeting handouts. The changes apply to everyone who uses this database.</translation>
    </message>
    <message>
        <source>9 sifre, for eksempel 974 767 880</source>
        <translation>9 digits, for example 974 767 880</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Logoen er endret, men ikke lagret.</source>
        <translation>The logo has been changed but not saved.</translation>
    </message>
    <message>
        <source>Vil du lagre den før du lukker?</source>
        <translation>Do you want to save it before you close?</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Velkommen til Kunnskapsapp</source>
        <translation>Welcome to Kunnskapsapp</translation>
    </message>
    <message>
        <source>Skriv inn kommunens navn og enheten din. Navnet, enheten og logoen står på alle rapporter og møteunderlag. Du kan endre dem senere under Innstillinger → Kommuneprofil.</source>
        <translation>Enter the municipality&apos;s name and your unit: they appear with the logo on every report and meeting handout. Change them later under Settings → Municipality profile.</translation>
    </message>
    <message>
        <source>Opplysningene lagres i databasen som er åpen nå: %s</source>
        <translation>The details are saved in the database that is open now: %s</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prosjekteier</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Partnere</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Egenandel</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Fra fondet</source>
        <translation>From the fund</translation>
    </message>
    <message>
        <source>Prosjektleder</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Ph.d.</source>
        <translation>PhD</translation>
    </message>
    <message>
        <source>Utdanningstilbud</source>
        <translation>Education program</translation>
    </message>
    <message>
        <source>Beskrivelse og resultater</source>
        <translation>Description and results</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Veiledere</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Totalkostnad</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Støttegrad</source>
        <translation>Support rate</translation>
    </message>
    <message>
        <source>Tildelinger fra forsknings- og innovasjonsfondet</source>
        <translation>Allocations from the research fund</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Saksref.</source>
        <translation>Case ref.</translation>
    </message>
    <message>
        <source>Tildeling</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Fondet</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Prioritert område</source>
        <translation>Priority area</translation>
    </message>
</context>
<context>
    <name>Rapporter</name>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Fant ikke noe program som viser PDF. Rapporten er lagret her:
%1</source>
        <translation>No program for viewing PDF files was found. The report has been saved here:
%1</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Åpner rapporten i PDF-leseren. Skriv den ut derfra.</source>
        <translation>Opens the report in the PDF reader. Print it from there.</translation>
    </message>
    <message>
        <source>Skriv ut %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Skriver ut …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Lagre rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Rapporten ble ikke lagret: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Møteunderlag</source>
        <translation>Meeting handout</translation>
    </message>
    <message>
        <source>Porteføljeoversikt</source>
        <translation>Portfolio summary</translation>
    </message>
    <message>
        <source>Fristliste</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>Avtaleregister</source>
        <translation>Agreement register</translation>
    </message>
    <message>
        <source>FoU-fond</source>
        <translation>Research fund</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Project sheets</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Oppfølging fra forrige møte</source>
        <translation>Follow-up from the last meeting</translation>
    </message>
    <message>
        <source>Avtalen og kontaktgruppen</source>
        <translation>The agreement and the contact group</translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>FoU-fondet</source>
        <translation>The research fund</translation>
    </message>
    <message>
        <source>Erfaringer</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Forhåndsvis</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Lagre som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lagre som Word …</source>
        <translation>Save as Word …</translation>
    </message>
    <message>
        <source>Lagre som Word-dokument (.docx), som du kan redigere før du sender det.</source>
        <translation>Save as a Word document (.docx) that you can edit before you send it.</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Møteunderlag (før møtet)</source>
        <translation>Meeting handout (before the meeting)</translation>
    </message>
    <message>
        <source>Referat (etter møtet)</source>
        <translation>Minutes (after the meeting)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Det er ikke registrert noen møter ennå.</source>
        <translation>No meetings have been recorded yet.</translation>
    </message>
    <message>
        <source>Porteføljen per</source>
        <translation>Portfolio as of</translation>
    </message>
    <message>
        <source>Ta med tabellen over prosjektene</source>
        <translation>Include the table of projects</translation>
    </message>
    <message>
        <source>Alt som er forfalt, og fra i dag</source>
        <translation>Everything overdue, and from today</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Grupper per</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Ta med utførte og avlyste frister</source>
        <translation>Include done and canceled deadlines</translation>
    </message>
    <message>
        <source>Alle avtaler med status og neste evaluering, og oppsagte samarbeidsavtaler med prosjektavtalene som fortsatt skal oppfylles.</source>
        <translation>All agreements with their status and next evaluation, and terminated framework agreements with the project agreements still to be fulfilled.</translation>
    </message>
    <message>
        <source>Budsjettplanen fra år</source>
        <translation>Budget plan from year</translation>
    </message>
    <message>
        <source>Søk etter prosjekt …</source>
        <translation>Search for a project …</translation>
    </message>
    <message>
        <source>Søk etter prosjekt</source>
        <translation>Search for a project</translation>
    </message>
    <message>
        <source>Prosjekter (ett ark per prosjekt)</source>
        <translation>Projects (one sheet per project)</translation>
    </message>
    <message>
        <source>Velg et møte først.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Fra-datoen kan ikke være etter til-datoen.</source>
        <translation>The from date cannot be after the to date.</translation>
    </message>
    <message>
        <source>Velg minst ett prosjekt.</source>
        <translation>Choose at least one project.</translation>
    </message>
    <message>
        <source>Lager %1 …</source>
        <translation>Creating %1 …</translation>
    </message>
    <message>
        <source>Lagret i %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Lagre som Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word-dokument</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Skriver %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <source>Word-filen ble ikke lagret: %1</source>
        <translation>The Word file was not saved: %1</translation>
    </message>
    <message>
        <source>Lagrer som Word …</source>
        <translation>Saving as Word …</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Hvor mange automatiske kopier som beholdes</source>
        <translation>How many automatic backups are kept</translation>
    </message>
    <message>
        <source>Den nyeste kopien fra hver av de siste</source>
        <translation>The newest backup from each of the last</translation>
    </message>
    <message>
        <source>dagene,</source>
        <translation>days,</translation>
    </message>
    <message>
        <source>ukene og</source>
        <translation>weeks and</translation>
    </message>
    <message>
        <source>månedene.</source>
        <translation>months.</translation>
    </message>
    <message>
        <source>Satt av IT-avdelingen (i %1) og kan ikke endres her.</source>
        <translation>Set by the IT department (in %1) and cannot be changed here.</translation>
    </message>
    <message>
        <source>Endringen gjelder fra neste sikkerhetskopi. Kopier som er under et døgn gamle, beholdes alltid.</source>
        <translation>The change applies from the next backup. Backups less than a day old are always kept.</translation>
    </message>
</context>
<context>
    <name>SchemesDialog</name>
    <message>
        <source>Finansieringsordninger og fristregler</source>
        <translation>Funding schemes and deadline rules</translation>
    </message>
    <message>
        <source>Fristreglene til en ordning gir prosjektene forslag til frister når finansieringen registreres. Når finansiøren endrer kravene, endrer du reglene her; frister som allerede er lagt inn, endres ikke.</source>
        <translation>A scheme&apos;s deadline rules suggest deadlines for the projects when their funding is recorded. When the funder changes its requirements, change the rules here; deadlines already entered are not changed.</translation>
    </message>
</context>
<context>
    <name>SchemesPage</name>
    <message>
        <source>Finansieringsordninger</source>
        <translation>Funding schemes</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Maks. støtte</source>
        <translation>Max. support</translation>
    </message>
    <message>
        <source>Fristregler</source>
        <translation>Deadline rules</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Varsel (dager)</source>
        <translation>Reminder (days)</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Søk … (Ctrl+F)</source>
        <translation>Search … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
</context>
<context>
    <name>ServiceAreasDialog</name>
    <message>
        <source>Tjenesteområder</source>
        <translation>Service areas</translation>
    </message>
    <message>
        <source>Tjenesteområdene eier prosjektene (prosjekteier). Et område som ikke lenger brukes, kan merkes som ikke aktivt; prosjektene beholder koblingen.</source>
        <translation>The service areas own the projects (project owner). An area no longer in use can be marked as inactive; its projects keep the link.</translation>
    </message>
</context>
<context>
    <name>ServiceAreasPage</name>
    <message>
        <source>Tjenesteområder</source>
        <translation>Service areas</translation>
    </message>
    <message>
        <source>Tjenesteområde</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Programmet avsluttes. Rett opp det som er beskrevet over, og start på nytt.</source>
        <translation>The program will quit. Fix what is described above and start again.</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Prosjekter etter form</source>
        <translation>Projects by type</translation>
    </message>
    <message>
        <source>Ph.d. etter gradsgivende institusjon</source>
        <translation>PhD by degree-granting institution</translation>
    </message>
    <message>
        <source>Ph.d. etter finansieringsordning</source>
        <translation>PhD by funding scheme</translation>
    </message>
    <message>
        <source>Innovasjonsprosjekter etter finansiør</source>
        <translation>Innovation projects by funder</translation>
    </message>
    <message>
        <source>Faglige partnere i innovasjonsprosjektene</source>
        <translation>Academic partners in the innovation projects</translation>
    </message>
    <message>
        <source>Innovasjonsprosjekter som finansierer ph.d.</source>
        <translation>Innovation projects that fund a PhD</translation>
    </message>
    <message>
        <source>Studenter tatt opp i utdanningstilbud</source>
        <translation>Students admitted to education programs</translation>
    </message>
    <message>
        <source>Innvilget ekstern finansiering</source>
        <translation>External funding granted</translation>
    </message>
    <message>
        <source>Aktive avtaler</source>
        <translation>Active agreements</translation>
    </message>
    <message>
        <source>Porteføljen</source>
        <translation>The portfolio</translation>
    </message>
    <message>
        <source>Porteføljeoversikten er ikke tilgjengelig.</source>
        <translation>The portfolio summary is not available.</translation>
    </message>
    <message>
        <source>prosjekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>prosjekter</source>
        <translation>projects</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kunnskapsapp</source>
        <translation>Kunnskapsapp</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Si opp avtale – %s</source>
        <translation>Terminate agreement – %s</translation>
    </message>
    <message>
        <source>Oppsigelsen registreres med datoer og begrunnelse. Prosjektavtaler under en samarbeidsavtale skal som hovedregel oppfylles selv om samarbeidsavtalen sies opp; du får se hvilke etterpå.</source>
        <translation>The termination is recorded with dates and a reason. Project agreements under a framework agreement must as a rule be fulfilled even if the framework agreement is terminated; you will see which ones afterwards.</translation>
    </message>
    <message>
        <source>Oppsigelse levert</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <source>Oppsigelsen gjelder fra</source>
        <translation>Termination effective from</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Oppsigelse levert *</source>
        <translation>Notice given *</translation>
    </message>
    <message>
        <source>Gjelder fra (oppsigelsestid %s mnd.)</source>
        <translation>Effective from (notice period %s months)</translation>
    </message>
    <message>
        <source>Si opp</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>Skriv datoene som dd.mm.åååå.</source>
        <translation>Enter the dates as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>TerminationResultDialog</name>
    <message>
        <source>Avtalen er sagt opp</source>
        <translation>The agreement has been terminated</translation>
    </message>
    <message>
        <source>«%s» er sagt opp og gjelder til %s.</source>
        <translation>“%s” has been terminated and is in force until %s.</translation>
    </message>
    <message>
        <source>Disse prosjektavtalene skal fortsatt oppfylles:</source>
        <translation>These project agreements must still be fulfilled:</translation>
    </message>
    <message>
        <source>Ingen prosjektavtaler under avtalen må oppfylles videre.</source>
        <translation>No project agreements under this agreement still need to be fulfilled.</translation>
    </message>
    <message>
        <source>Prosjektavtaler som skal oppfylles</source>
        <translation>Project agreements to be fulfilled</translation>
    </message>
    <message>
        <source>uten sluttdato</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>%s (til %s)</source>
        <translation>%s (until %s)</translation>
    </message>
    <message>
        <source>Avsluttet sammen med avtalen: %s</source>
        <translation>Ended together with the agreement: %s</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Forkast endringene</source>
        <translation>Discard the changes</translation>
    </message>
</context>
<context>
    <name>YearAmountsEditor</name>
    <message>
        <source>innvilget</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>Legg til år</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Fjern år</source>
        <translation>Remove year</translation>
    </message>
    <message>
        <source>Ingen fordeling per år.</source>
        <translation>No breakdown per year.</translation>
    </message>
    <message>
        <source>Sum: %s</source>
        <translation>Total: %s</translation>
    </message>
    <message>
        <source>Sum: %s, %s: %s (differanse %s)</source>
        <translation>Total: %s, %s: %s (difference %s)</translation>
    </message>
</context>
<context>
    <name>YearAmountsModel</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>et årstall</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>et beløp i kroner</source>
        <translation>an amount in kroner</translation>
    </message>
    <message>
        <source>«%s» er ikke %s.</source>
        <translation>“%s” is not %s.</translation>
    </message>
    <message>
        <source>Året %s er utenfor det programmet regner med (%s–%s).</source>
        <translation>The year %s is outside what the program handles (%s–%s).</translation>
    </message>
    <message>
        <source>%s står der allerede. Endre beløpet for det året.</source>
        <translation>%s is already there. Change the amount for that year.</translation>
    </message>
    <message>
        <source>Beløpet kan ikke være negativt.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>_CalendarLine</name>
    <message>
        <source>Velg dato i kalender (Alt+Pil ned)</source>
        <translation>Pick a date in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Åpne kalender</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>_PageDialog</name>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
