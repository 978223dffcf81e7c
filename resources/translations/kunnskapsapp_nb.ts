<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kunnskapsapp %s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler, prosjekter, finansiering og frister for kommunens forsknings- og innovasjonsarbeid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasemotor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %s, Qt %s, PySide6 %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kjører på:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne loggmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komponenter og lisenser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komponenter og lisenser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisenstekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en komponent for å se lisensteksten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s er lisensiert under %s. Lisensteksten følger ikke med pakken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <source>Opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytt saken opp (Ctrl+Pil opp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytt saken ned (Ctrl+Pil ned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytt saken opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytt saken ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1 av %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1 av %2 – %3 for mye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke flytte saken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksnr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forankring og arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsigelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalepart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektavtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen prosjektavtaler under denne avtalen ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til prosjektavtale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfaller innen 90 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer evaluering …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si opp avtale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regnet fra siste evaluering %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regnet fra startdatoen %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regnet fra signeringsdatoen %s, fordi startdato mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste evaluering: %s, %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste evaluering kan ikke beregnes: fyll inn startdato eller signeringsdato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste evaluering av «%s» er %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationsBox</name>
    <message>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overskridelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelinger fra fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne prosjektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelinger i %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbelastet med %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledig: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildeling fra fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overskridelse av årets bevilgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjent overskridelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn året tildelingen gjelder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er ikke registrert noen bevilgning for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilgning %s: %s. Året er allerede overbelastet med %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilgning %s: %s. Ledig for denne tildelingen: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke fjerne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Tatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skadet: kan ikke brukes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sikkerhetskopier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp tar sikkerhetskopi av seg selv: ved oppstart når den nyeste er over et døgn gammel, når du avslutter etter endringer, og før hver oppgradering og gjenoppretting. Hver kopi sjekkes før en eldre slettes. Kopiene ligger i %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på en databaseserver, og serveren tar vare på sikkerhetskopiene. Her kan du likevel ta en kopi til en fil, eller gjenopprette fra en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett valgt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett fra fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite-database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skrevet til %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite-database (*.sqlite3 *.db);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 er skadet eller ikke en sikkerhetskopi fra Kunnskapsapp, og kan ikke brukes. Velg en annen fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstatte databasen med sikkerhetskopien fra %1 (%2)?

Det databasen inneholder nå, blir tatt vare på som en egen kopi i %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet fra sikkerhetskopien fra %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenoppretter …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Venstre og høyre piltast går fra søyle til søyle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPlanModel</name>
    <message>
        <source>Bevilgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelt (forpliktet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (i år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum %s–%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s er overbelastet med %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Legg til …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre først, så kan du legge til her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen %s ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke fjerne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Hvordan vil du begynne?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg ett av alternativene. Du kan åpne denne veiviseren igjen under Hjelp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøv med demodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpner en egen fil med eksempler: avtaler, prosjekter, frister og møter. Vinduet er merket DEMODATA. Din egen database blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne en eksisterende fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en Kunnskapsapp-database du har fått, eller en sikkerhetskopi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koble til en delt server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruk en felles database som flere i enheten arbeider i. IT-avdelingen gir deg adressen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer regneark …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent inn avtaler, prosjekter, personer og frister fra Excel eller CSV: enhetens egne regneark, eller en arbeidsbok eksportert fra Kunnskapsapp. Du ser hver rad før noe lagres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begynn å registrere avtaler og prosjekter i din egen database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Kan ikke slette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» kan ikke slettes fordi %s viser til den. Fjern eller flytt dem først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du slette «%s»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette sletter også %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s mister koblingen hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettingen kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Noen andre har lagret først</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre min versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruk den lagrede versjonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Koble til database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koble til den felles PostgreSQL-databasen. Spør IT om servernavn, database, brukernavn og TLS-modus. Valget huskes og brukes også neste gang programmet starter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotsertifikat fra IT (.crt eller .pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotsertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkelringen i operativsystemet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL-passordfilen (pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-modus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre passordet i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tilkobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koble til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruk lokal databasefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operativsystemet har ingen nøkkelring som Kunnskapsapp kan bruke (på Linux trengs for eksempel GNOME Keyring eller KWallet). Passordet kan i stedet lagres i PostgreSQL sin passordfil (pgpass), som bare du kan lese, eller oppgis ved hver oppstart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg rotsertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikater (*.crt *.pem *.cer);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kobler til %s …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordet er lagret i %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connecting</name>
    <message>
        <source>disable – ukryptert (bare på et lukket nett)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer – kryptert hvis serveren tilbyr det</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require – alltid kryptert, sertifikatet sjekkes ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca – kryptert, sertifikatet sjekkes mot rotsertifikatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full – kryptert, sertifikat og servernavn sjekkes (anbefalt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koble til database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp er allerede koblet til %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valget er lagret, og Kunnskapsapp prøver igjen neste gang programmet starter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp bruker allerede den lokale databasen %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp åpner den lokale databasen neste gang programmet starter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke åpne %1: %2

%3 Du arbeider videre i %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kobler til %s …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke koble til den felles databasen %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp åpner den lokale databasefilen i stedet. Velg Fil → Koble til database … for å rette opp tilkoblingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Uventet feil – Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil. Det du allerede har lagret, er trygt. Endringer som ikke var lagret, kan du prøve å lagre på nytt.

Kopier rapporten under og send den til brukerstøtte, med en kort beskrivelse av hva du gjorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feilrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopier rapporten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageOffer</name>
    <message>
        <source>Databasen er skadet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasefilen %1 er skadet, så det som står i den kan ikke leses sikkert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nyeste gode sikkerhetskopien er fra %1 og har %2. Vil du gjenopprette den? Den skadede filen blir tatt vare på i %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett kopien fra %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes ingen god sikkerhetskopi i %1. Ta en kopi av filen før du gjør noe annet, og kontakt den som drifter Kunnskapsapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen er gjenopprettet fra sikkerhetskopien fra %1. Den skadede filen ligger i %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenoppretter …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppdater (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfalte frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen forfalte frister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister de neste 30 dagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen frister de neste 30 dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler som skal evalueres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen avtaler skal evalueres de neste 90 dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektavtaler som må oppfylles etter oppsigelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen prosjektavtaler under oppsagte samarbeidsavtaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidsavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henter oversikten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppdaterer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke hente oversikten (%s). Trykk F5 for å prøve igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, de %s eldste vises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>dd.mm.åååå tt:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>Kalender med frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (forfalt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… og %s til</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineChartSection</name>
    <message>
        <source>Åpne frister per uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen åpne frister de neste ukene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfalt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uke %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne frister per uke de neste %1 ukene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfalt: %1. Per uke: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter viser ukens frister under Frister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uke %1 (%2–%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineConfirmDialog</name>
    <message>
        <source>Frister fra %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordningen gir disse fristene for prosjektet. Fjern haken for dem du ikke vil registrere, og trykk Lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer dem som utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer dem som åpne (forfalt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke registrer dem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 er allerede passert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreslåtte frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreres ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpen, forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagringen ble avbrutt. Ingenting er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varsel og gjentakelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare forfalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste 30 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste 90 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker som utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker fristen som utført i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis alle dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern dagsfilteret fra kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helligdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I dag %s. &lt;b&gt;%s forfalte&lt;/b&gt;, %s de neste 30 dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viser fristene i uke %1, %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klikk på en dag i kalenderen for å se dens frister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viser fristene %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke markere som utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste frist er opprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er markert som utført. Fristen gjentas (%s), så neste frist er opprettet med dato %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er markert som utført.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke gjenåpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er åpen igjen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>Deler av skjemaet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke slette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har endringer i «%s» som ikke er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du lagre dem før du går videre?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Registrer evaluering – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluert dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justeringer og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluert dato *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Søk: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter tabell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-arbeidsbok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporterer tabellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) eksportert til %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre importmalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter hele databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importmalen er lagret i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele databasen (%1) eksportert til %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagrer importmalen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporterer hele databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter til kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leser fristene og møtene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporterer til kalender …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eksportert til %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hendelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister og møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter tabell …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter alt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter til kalender (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importmal …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Velg filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsboken fra Eksporter alt, en CSV-fil per tabell eller et eget regneark. Ingenting lagres før du trykker Importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgt fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsboken fra Eksporter alt importeres med alle ark. Et eget regneark med flere ark importeres ett ark om gangen: velg arket og tabellen det hører til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ark som skal importeres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg tabell …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen filen hører til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opprett organisasjoner og personer som ikke finnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En organisasjon eller person som filen nevner ved navn, men som ikke finnes, legges til med navnet. Uten dette avvises raden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle ark (arbeidsboken fra Eksporter alt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg filen som skal importeres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regneark (*.xlsx *.csv);;Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke leses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 med %2 og %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsbok med %1 ark (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <source>%s: alle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Kom i gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullfør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne demodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koble til …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne en Kunnskapsapp-database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp-database (*.sqlite3 *.sqlite *.db);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke åpne filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager demodata …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunens opplysninger er ikke lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du lagre dem før du lukker?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundChartSection</name>
    <message>
        <source>Fondet i budsjettplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen bevilgning eller tildeling i budsjettplanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelt over bevilgningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondet: bevilget og tildelt per år %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mill. kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bevilget %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tildelt %2, %3 mer enn bevilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tildelt %2 (%3 % av bevilgningen), igjen %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tildelt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bevilget %2, tildelt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelt %1 mer enn bevilget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <source>Velg prosjekt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s er overbelastet med %s (tildelt %s av en bevilgning på %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering og fond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forsknings- og innovasjonsfondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilgning og tildelinger per år, og forpliktelser i budsjettplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering i alle prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundSection</name>
    <message>
        <source>Fondet i år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen bevilgning eller tildeling i år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: tildelt %s mer enn bevilget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundYearsTab</name>
    <message>
        <source>Forsknings- og innovasjonsfondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer bevilgningen for et nytt år (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondet år for år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budsjettplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budsjettplanen: år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (i år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antall tildelinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen bevilgning registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevilgning til fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budsjettplanen %s–%s: bevilget, forpliktet og igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: ingen bevilgning registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bevilgning til fondet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingLineForm</name>
    <message>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingLinesTab</name>
    <message>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering i alle prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne prosjektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløp per år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekstern ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totalkostnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Støttegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenandel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtaksår</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i alt (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i prosjekter, avtaler, organisasjoner, personer, frister, møter og erfaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søkeresultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søket kunne ikke gjennomføres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen treff for «%s»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Brukerveiledning – Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i veiledningen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i veiledningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnet i %s avsnitt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen treff på «%s».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Historikk – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen endringer er registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager forhåndsvisningen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting å endre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopi fra før importen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legges til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppdateres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceNotice</name>
    <message>
        <source>Delt database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dere kan arbeide samtidig. Lagrer dere den samme posten, får den som lagrer sist beskjed og kan velge hva som skal gjelde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Erfaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her samler dere det dere har lært i prosjektene og avtalene: hva som virket, hva som ikke gjorde det, og hva neste prosjekt bør gjøre annerledes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læringspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koblet til</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Skriv for å legge til …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern haken for å ta den bort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historikk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen %s er registrert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raden passer ikke til søket og filtrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen av de %1 radene passer til søket og filtrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter tabell …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter til kalender (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister og møter til kalender (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke aktive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å åpne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <source>Logo på rapportene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg bilde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG eller JPEG, høyst 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen logo. Rapportene skrives ut uten logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logoen kan ikke vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, %s × %s piksler, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er %s. Logoen kan være høyst 2 MB; lagre bildet i mindre størrelse og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke lese «%s»: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er ikke et PNG- eller JPEG-bilde. Velg en annen fil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering og fond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp – DEMODATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (Ctrl+%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpner databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demodata: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koble til database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopier …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møteunderlag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteføljeoversikt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fristliste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaleregister …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoU-fond …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektark …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gå til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommuneprofil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tjenesteområder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansieringsordninger og fristregler …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kom i gang …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Følg systemet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mørkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utseende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp bruker %1 neste gang programmet starter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite-database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopi skrevet til %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpnet %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Koble kolonnene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolonne i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeres som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre koblingen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Som JSON-fil, for kommandolinjen: kunnskapsapp import FIL --map FIL.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg hvilket felt i %1 hver kolonne skal fylle, eller «Importeres ikke». Koblingen huskes til neste fil med de samme kolonnene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeres ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» er valgt for flere kolonner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 importeres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre koblingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-fil (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koblingen er lagret i %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møteunderlag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut møteunderlaget (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale/Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksliste (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidligere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innkalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtak/oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sakslisten er tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til sak …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtak og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I fristlisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtak eller oppfølgingspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist (for oppfølgingspunkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen vedtak eller oppfølgingspunkter for denne saken ennå. Et oppfølgingspunkt med ansvarlig og frist kommer også i fristlisten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer vedtak eller oppfølging …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre møtet før du legger til saker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et oppfølgingspunkt må ha en ansvarlig, så noen følger det opp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fristen i fristlisten er oppdatert (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppfølgingspunktet er lagt inn i fristlisten med frist %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne prosjektet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisasjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org.nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nettside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <source>Vedtak og oppfølging – sak %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vedtak og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en sak i sakslisten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Kan ikke vise PDF-sider: pypdfium2 er ikke installert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes. Sjekk at den er slått på og tilgjengelig, eller lagre rapporten som PDF og skriv den ut derfra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver ut side %1 av %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriveren tok ikke imot flere sider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDueSection</name>
    <message>
        <source>Personer som skal slettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen personer har passert «Slettes etter».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettes etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter personopplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter personopplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv alt som er lagret om personen til en PDF- eller JSON-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettes etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personopplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personvern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skal slettes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetLocks</name>
    <message>
        <source>Navnet er satt av IT-avdelingen (i %1) og kan ikke endres her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT-avdelingen har valgt databasen %1 (i %2). Den kan ikke byttes her.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forminsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forstørr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Forhåndsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting er lagret ennå. Trykk Importer for å lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva skjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over rader som avvises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten dette lagres ingenting så lenge én rad avvises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Så lenge en rad avvises, lagres ingenting: rett filen, eller hopp over rader som avvises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er ingenting å importere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke importeres: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbrutt. Ingenting er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Eksporter personopplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke skrives: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt som er lagret om %1 (%2, %3 i endringsloggen) er skrevet til %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>koblinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innslag</source>
        <comment>one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innslag</source>
        <comment>many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisere %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navnet erstattes med «Anonymisert person N», og tittel, e-post, telefon og merknader tømmes, også i endringsloggen og der navnet står i fritekst. Koblingene til prosjekter, møter, avtaler og frister beholdes, så alle tall og rapporter blir de samme. Dette kan ikke angres. Eksporter personopplysningene først hvis personen har bedt om innsyn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Kommuneprofil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navnet, enheten og logoen skrives på alle rapporter og møteunderlag. Endringene gjelder for alle som bruker denne databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 sifre, for eksempel 974 767 880</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logoen er endret, men ikke lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du lagre den før du lukker?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Velkommen til Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn kommunens navn og enheten din. Navnet, enheten og logoen står på alle rapporter og møteunderlag. Du kan endre dem senere under Innstillinger → Kommuneprofil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opplysningene lagres i databasen som er åpen nå: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekteier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenandel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utdanningstilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivelse og resultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totalkostnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Støttegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildelinger fra forsknings- og innovasjonsfondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tildeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritert område</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rapporter</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ikke noe program som viser PDF. Rapporten er lagret her:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpner rapporten i PDF-leseren. Skriv den ut derfra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten ble ikke lagret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Møteunderlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteføljeoversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fristliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaleregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoU-fond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppfølging fra forrige møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalen og kontaktgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoU-fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som Word …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som Word-dokument (.docx), som du kan redigere før du sender det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møteunderlag (før møtet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referat (etter møtet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er ikke registrert noen møter ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteføljen per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med tabellen over prosjektene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt som er forfalt, og fra i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupper per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med utførte og avlyste frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle avtaler med status og neste evaluering, og oppsagte samarbeidsavtaler med prosjektavtalene som fortsatt skal oppfylles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budsjettplanen fra år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk etter prosjekt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk etter prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekter (ett ark per prosjekt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg et møte først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra-datoen kan ikke være etter til-datoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg minst ett prosjekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-filen ble ikke lagret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagrer som Word …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Hvor mange automatiske kopier som beholdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nyeste kopien fra hver av de siste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagene,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ukene og</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>månedene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satt av IT-avdelingen (i %1) og kan ikke endres her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringen gjelder fra neste sikkerhetskopi. Kopier som er under et døgn gamle, beholdes alltid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemesDialog</name>
    <message>
        <source>Finansieringsordninger og fristregler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fristreglene til en ordning gir prosjektene forslag til frister når finansieringen registreres. Når finansiøren endrer kravene, endrer du reglene her; frister som allerede er lagt inn, endres ikke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemesPage</name>
    <message>
        <source>Finansieringsordninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maks. støtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fristregler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varsel (dager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Søk … (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Henter …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAreasDialog</name>
    <message>
        <source>Tjenesteområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tjenesteområdene eier prosjektene (prosjekteier). Et område som ikke lenger brukes, kan merkes som ikke aktivt; prosjektene beholder koblingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAreasPage</name>
    <message>
        <source>Tjenesteområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tjenesteområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Programmet avsluttes. Rett opp det som er beskrevet over, og start på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>Prosjekter etter form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph.d. etter gradsgivende institusjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph.d. etter finansieringsordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovasjonsprosjekter etter finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faglige partnere i innovasjonsprosjektene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovasjonsprosjekter som finansierer ph.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studenter tatt opp i utdanningstilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innvilget ekstern finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteføljen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteføljeoversikten er ikke tilgjengelig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Si opp avtale – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsigelsen registreres med datoer og begrunnelse. Prosjektavtaler under en samarbeidsavtale skal som hovedregel oppfylles selv om samarbeidsavtalen sies opp; du får se hvilke etterpå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsigelse levert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsigelsen gjelder fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsigelse levert *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder fra (oppsigelsestid %s mnd.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoene som dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminationResultDialog</name>
    <message>
        <source>Avtalen er sagt opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er sagt opp og gjelder til %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disse prosjektavtalene skal fortsatt oppfylles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen prosjektavtaler under avtalen må oppfylles videre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosjektavtaler som skal oppfylles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uten sluttdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (til %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluttet sammen med avtalen: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkast endringene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearAmountsEditor</name>
    <message>
        <source>innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen fordeling per år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %s, %s: %s (differanse %s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearAmountsModel</name>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et årstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et beløp i kroner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%s» er ikke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Året %s er utenfor det programmet regner med (%s–%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s står der allerede. Endre beløpet for det året.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beløpet kan ikke være negativt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CalendarLine</name>
    <message>
        <source>Velg dato i kalender (Alt+Pil ned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PageDialog</name>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
