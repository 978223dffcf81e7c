<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Universitet</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Høgskole</source>
        <translation>University college</translation>
    </message>
    <message>
        <source>Forskningsinstitutt</source>
        <translation>Research institute</translation>
    </message>
    <message>
        <source>Næringsklynge</source>
        <translation>Business cluster</translation>
    </message>
    <message>
        <source>Forening</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Bedrift</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Offentlig virksomhet</source>
        <translation>Public body</translation>
    </message>
    <message>
        <source>Kommunal enhet</source>
        <translation>Municipal unit</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Rettslig forpliktelse</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Offentlig myndighetsutøvelse / allmennhetens interesse</source>
        <translation>Official authority / public interest</translation>
    </message>
    <message>
        <source>Berettiget interesse</source>
        <translation>Legitimate interest</translation>
    </message>
</context>
<context>
    <name>AgreementKind</name>
    <message>
        <source>Samarbeidsavtale</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <source>Prosjektavtale</source>
        <translation>Project agreement</translation>
    </message>
    <message>
        <source>Partnerskap</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Medlemskap</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Utdanningsavtale</source>
        <translation>Education agreement</translation>
    </message>
    <message>
        <source>Annen avtale</source>
        <translation>Other agreement</translation>
    </message>
</context>
<context>
    <name>AgreementStatus</name>
    <message>
        <source>Under utarbeidelse</source>
        <translation>Being drafted</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Sagt opp</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>Initiator</name>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Partneren</source>
        <translation>The partner</translation>
    </message>
    <message>
        <source>Gjensidig</source>
        <translation>Mutual</translation>
    </message>
</context>
<context>
    <name>PartyRole</name>
    <message>
        <source>Avtalepart</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Annen rolle</source>
        <translation>Other role</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Partneren</source>
        <translation>The partner</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Ledelsesrepresentant</source>
        <translation>Management representative</translation>
    </message>
    <message>
        <source>Sekretær</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Ph.d.-prosjekt</source>
        <translation>PhD project</translation>
    </message>
    <message>
        <source>Innovasjonsprosjekt</source>
        <translation>Innovation project</translation>
    </message>
    <message>
        <source>Utdanningstilbud</source>
        <translation>Study programme</translation>
    </message>
    <message>
        <source>Masteroppgave</source>
        <translation>Master's thesis</translation>
    </message>
    <message>
        <source>Forprosjekt</source>
        <translation>Pilot project</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Idé</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Søknad</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Avbrutt</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>Kortsiktig (budsjettplan, 4 år)</source>
        <translation>Short term (budget plan, 4 years)</translation>
    </message>
    <message>
        <source>Langsiktig (kommuneplan, 20 år)</source>
        <translation>Long term (municipal master plan, 20 years)</translation>
    </message>
</context>
<context>
    <name>ProjectPartnerRole</name>
    <message>
        <source>Forskningspartner</source>
        <translation>Research partner</translation>
    </message>
    <message>
        <source>Gradsgivende institusjon</source>
        <translation>Degree-awarding institution</translation>
    </message>
    <message>
        <source>Samarbeidspartner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Annen rolle</source>
        <translation>Other role</translation>
    </message>
</context>
<context>
    <name>SupervisorRole</name>
    <message>
        <source>Hovedveileder</source>
        <translation>Main supervisor</translation>
    </message>
    <message>
        <source>Medveileder</source>
        <translation>Co-supervisor</translation>
    </message>
</context>
<context>
    <name>FundingStatus</name>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
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
        <source>Avslått</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>Søknadsfrist</source>
        <translation>Application deadline</translation>
    </message>
    <message>
        <source>Framdriftsrapport</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Sluttrapport</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Regnskap</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Evaluering av avtale</source>
        <translation>Agreement evaluation</translation>
    </message>
    <message>
        <source>Oppsigelsesfrist</source>
        <translation>Notice deadline</translation>
    </message>
    <message>
        <source>Samarbeidsmøte</source>
        <translation>Collaboration meeting</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Oppfølgingspunkt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Hver måned</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Hvert kvartal</source>
        <translation>Every quarter</translation>
    </message>
    <message>
        <source>Hvert semester</source>
        <translation>Every semester</translation>
    </message>
    <message>
        <source>Hvert år</source>
        <translation>Every year</translation>
    </message>
</context>
<context>
    <name>TemplateAnchor</name>
    <message>
        <source>Prosjektstart</source>
        <translation>Project start</translation>
    </message>
    <message>
        <source>Prosjektslutt</source>
        <translation>Project end</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Decision date</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Kontaktgruppemøte</source>
        <translation>Contact group meeting</translation>
    </message>
    <message>
        <source>Prosjektmøte</source>
        <translation>Project meeting</translation>
    </message>
    <message>
        <source>Samarbeidsmøte (ph.d.)</source>
        <translation>Collaboration meeting (PhD)</translation>
    </message>
    <message>
        <source>Annet møte</source>
        <translation>Other meeting</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Avholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <source>Orientering</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Oppfølgingspunkt</source>
        <translation>Action item</translation>
    </message>
</context>
<context>
    <name>ChangeAction</name>
    <message>
        <source>Opprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Sdg</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>PriorityArea</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rekkefølge</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>ServiceArea</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>MunicipalityProfile</name>
    <message>
        <source>Kommunens navn</source>
        <translation>Municipality's name</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logoformat</source>
        <translation>Logo format</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Nettside</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
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
        <source>Formål med registreringen</source>
        <translation>Purpose of the record</translation>
    </message>
    <message>
        <source>Behandlingsgrunnlag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sist bekreftet</source>
        <translation>Last confirmed</translation>
    </message>
    <message>
        <source>Slettes etter</source>
        <translation>Delete after</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Avtaletype</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>Samarbeidsavtale</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Initiativtaker</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Oppsigelsestid (måneder)</source>
        <translation>Notice period (months)</translation>
    </message>
    <message>
        <source>Evalueringsintervall (måneder)</source>
        <translation>Evaluation interval (months)</translation>
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
        <source>Begrunnelse for oppsigelse</source>
        <translation>Reason for termination</translation>
    </message>
    <message>
        <source>Oppfylles selv om samarbeidsavtalen sies opp</source>
        <translation>Fulfilled even if the framework agreement is terminated</translation>
    </message>
    <message>
        <source>Politisk forankring</source>
        <translation>Political mandate</translation>
    </message>
    <message>
        <source>Saksreferanse, politisk vedtak</source>
        <translation>Case reference, political decision</translation>
    </message>
    <message>
        <source>Administrativ forankring</source>
        <translation>Administrative mandate</translation>
    </message>
    <message>
        <source>Saksreferanse, administrativt vedtak</source>
        <translation>Case reference, administrative decision</translation>
    </message>
    <message>
        <source>Saksnummer i arkivet</source>
        <translation>Archive case number</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sist evaluert</source>
        <translation>Last evaluated</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Evaluering regnes fra</source>
        <translation>Evaluation counted from</translation>
    </message>
    <message>
        <source>Evaluering innen 90 dager</source>
        <translation>Evaluation within 90 days</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Prosjektavtaler</source>
        <translation>Project agreements</translation>
    </message>
</context>
<context>
    <name>AgreementParty</name>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
</context>
<context>
    <name>AgreementEvaluation</name>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
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
        <source>Evaluering %1</source>
        <translation>Evaluation %1</translation>
    </message>
</context>
<context>
    <name>ContactGroupMember</name>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
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
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Prosjektform</source>
        <translation>Project type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prosjekteier (tjenesteområde)</source>
        <translation>Project owner (service area)</translation>
    </message>
    <message>
        <source>Prosjektleder</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Overordnet prosjekt</source>
        <translation>Parent project</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Tidsperspektiv</source>
        <translation>Time horizon</translation>
    </message>
    <message>
        <source>Prosjektnummer i Forskningsrådet</source>
        <translation>Research Council of Norway project number</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Resultater og erfaringer</source>
        <translation>Results and lessons learned</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ph.d.-kandidat</source>
        <translation>PhD candidate</translation>
    </message>
    <message>
        <source>Gradsgivende institusjon</source>
        <translation>Degree-awarding institution</translation>
    </message>
    <message>
        <source>Stillingsandel (%)</source>
        <translation>Position (%)</translation>
    </message>
    <message>
        <source>Varighet (år)</source>
        <translation>Duration (years)</translation>
    </message>
    <message>
        <source>Kandidaten er fast ansatt i kommunen</source>
        <translation>The candidate is permanently employed by the municipality</translation>
    </message>
    <message>
        <source>Forventet disputas</source>
        <translation>Expected defence</translation>
    </message>
    <message>
        <source>Finansiert av prosjekt</source>
        <translation>Funded by project</translation>
    </message>
    <message>
        <source>Studieprogram</source>
        <translation>Study programme</translation>
    </message>
    <message>
        <source>Studiested</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Studenter tatt opp</source>
        <translation>Students admitted</translation>
    </message>
    <message>
        <source>Prioriterte områder</source>
        <translation>Priority areas</translation>
    </message>
    <message>
        <source>Bærekraftsmål</source>
        <translation>Sustainable Development Goals</translation>
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
        <translation>From the research fund</translation>
    </message>
    <message>
        <source>Partnere</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>ProjectPartner</name>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>FundingScheme</name>
    <message>
        <source>Finansiør</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Maksimal støttegrad (%)</source>
        <translation>Maximum support rate (%)</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>DeadlineTemplate</name>
    <message>
        <source>Ordning</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regnes fra</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Forskyvning (måneder)</source>
        <translation>Offset (months)</translation>
    </message>
    <message>
        <source>Forskyvning (dager)</source>
        <translation>Offset (days)</translation>
    </message>
    <message>
        <source>Gjentas</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Varsel (dager før)</source>
        <translation>Reminder (days before)</translation>
    </message>
    <message>
        <source>Rekkefølge</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>FundingLine</name>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ekstern referanse</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>Søknad sendt</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Søkt beløp (kr)</source>
        <translation>Amount applied for (NOK)</translation>
    </message>
    <message>
        <source>Innvilget beløp (kr)</source>
        <translation>Amount granted (NOK)</translation>
    </message>
    <message>
        <source>Totalkostnad (kr)</source>
        <translation>Total cost (NOK)</translation>
    </message>
    <message>
        <source>Egenandel, kontant (kr)</source>
        <translation>Own contribution, cash (NOK)</translation>
    </message>
    <message>
        <source>Egenandel, egeninnsats (kr)</source>
        <translation>Own contribution, in kind (NOK)</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ordningskode</source>
        <translation>Scheme code</translation>
    </message>
    <message>
        <source>Støttegrad</source>
        <translation>Support rate</translation>
    </message>
    <message>
        <source>Maksimal støttegrad (%)</source>
        <translation>Maximum support rate (%)</translation>
    </message>
    <message>
        <source>Egenandel</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Annen ekstern finansiering</source>
        <translation>Other external funding</translation>
    </message>
    <message>
        <source>Egenandel beregnet</source>
        <translation>Own contribution calculated</translation>
    </message>
    <message>
        <source>Varsel om støttegrad</source>
        <translation>Support rate warning</translation>
    </message>
    <message>
        <source>Varsel om delene av totalkostnaden</source>
        <translation>Warning about the parts of the total cost</translation>
    </message>
    <message>
        <source>Finansiering %1</source>
        <translation>Funding %1</translation>
    </message>
</context>
<context>
    <name>FundingYear</name>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Beløp (kr)</source>
        <translation>Amount (NOK)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FundAppropriation</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Bevilgning (kr)</source>
        <translation>Appropriation (NOK)</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bevilgning til fondet %1</source>
        <translation>Appropriation to the research fund %1</translation>
    </message>
</context>
<context>
    <name>FundAllocation</name>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Beløp (kr)</source>
        <translation>Amount (NOK)</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Saksreferanse</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Overskrider bevilgningen (godkjent)</source>
        <translation>Exceeds the appropriation (approved)</translation>
    </message>
    <message>
        <source>Begrunnelse for overskridelse</source>
        <translation>Reason for exceeding</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tildeling %1: %2</source>
        <translation>Allocation %1: %2</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Møtetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Varighet (minutter)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sakslistens lengde (minutter)</source>
        <translation>Agenda length (minutes)</translation>
    </message>
    <message>
        <source>Innkalte</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Slutter</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Varsel om sakslisten</source>
        <translation>Agenda warning</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sakslisten er beregnet til %1, men møtet varer %2.</source>
        <translation>The agenda is planned for %1, but the meeting lasts %2.</translation>
    </message>
</context>
<context>
    <name>MeetingParticipant</name>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
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
</context>
<context>
    <name>AgendaItem</name>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Sak</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Innleder</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Varighet (minutter)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Sak</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Frist i fristlisten</source>
        <translation>Deadline in the deadline list</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Utført dato</source>
        <translation>Date done</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Fristmal</source>
        <translation>Deadline template</translation>
    </message>
    <message>
        <source>Varsel (dager før)</source>
        <translation>Reminder (days before)</translation>
    </message>
    <message>
        <source>Gjentas</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Gjentas til</source>
        <translation>Repeats until</translation>
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
        <source>Dager igjen</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Innen 30 dager</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>Ikke arbeidsdag</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>Varsel aktivt</source>
        <translation>Reminder active</translation>
    </message>
    <message>
        <source>Fristen er passert.</source>
        <translation>The deadline has passed.</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Læringspunkt</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
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
</context>
<context>
    <name>DocumentRef</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Filsti eller nettadresse</source>
        <translation>File path or web address</translation>
    </message>
    <message>
        <source>Arkivreferanse</source>
        <translation>Archive reference</translation>
    </message>
    <message>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
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
        <source>Gammel verdi</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Ny verdi</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>Singular</name>
    <message>
        <source>bærekraftsmål</source>
        <translation>Sustainable Development Goal</translation>
    </message>
    <message>
        <source>prioritert område</source>
        <translation>priority area</translation>
    </message>
    <message>
        <source>tjenesteområde</source>
        <translation>service area</translation>
    </message>
    <message>
        <source>kommuneprofil</source>
        <translation>municipality profile</translation>
    </message>
    <message>
        <source>organisasjon</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>avtale</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>avtalepart</source>
        <translation>agreement party</translation>
    </message>
    <message>
        <source>evaluering</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>kontaktgruppemedlem</source>
        <translation>contact group member</translation>
    </message>
    <message>
        <source>prosjekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>prosjektpartner</source>
        <translation>project partner</translation>
    </message>
    <message>
        <source>veileder</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>finansieringsordning</source>
        <translation>funding scheme</translation>
    </message>
    <message>
        <source>fristmal</source>
        <translation>deadline template</translation>
    </message>
    <message>
        <source>finansiering</source>
        <translation>funding line</translation>
    </message>
    <message>
        <source>årsbeløp</source>
        <translation>annual amount</translation>
    </message>
    <message>
        <source>bevilgning til fondet</source>
        <translation>appropriation to the research fund</translation>
    </message>
    <message>
        <source>tildeling fra fondet</source>
        <translation>allocation from the research fund</translation>
    </message>
    <message>
        <source>møte</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>deltaker</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>sak</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>vedtak eller oppfølgingspunkt</source>
        <translation>decision or action item</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>læringspunkt</source>
        <translation>lesson learned</translation>
    </message>
    <message>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <source>endring</source>
        <translation>change</translation>
    </message>
    <message>
        <source>minutt</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>celle</source>
        <translation>cell</translation>
    </message>
    <message>
        <source>kolonne</source>
        <translation>column</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>endret</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message>
        <source>bærekraftsmål</source>
        <translation>Sustainable Development Goals</translation>
    </message>
    <message>
        <source>prioriterte områder</source>
        <translation>priority areas</translation>
    </message>
    <message>
        <source>tjenesteområder</source>
        <translation>service areas</translation>
    </message>
    <message>
        <source>kommuneprofiler</source>
        <translation>municipality profiles</translation>
    </message>
    <message>
        <source>organisasjoner</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>personer</source>
        <translation>people</translation>
    </message>
    <message>
        <source>avtaler</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>avtaleparter</source>
        <translation>agreement parties</translation>
    </message>
    <message>
        <source>evalueringer</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>kontaktgruppemedlemmer</source>
        <translation>contact group members</translation>
    </message>
    <message>
        <source>prosjekter</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>prosjektpartnere</source>
        <translation>project partners</translation>
    </message>
    <message>
        <source>veiledere</source>
        <translation>supervisors</translation>
    </message>
    <message>
        <source>finansieringsordninger</source>
        <translation>funding schemes</translation>
    </message>
    <message>
        <source>fristmaler</source>
        <translation>deadline templates</translation>
    </message>
    <message>
        <source>finansieringer</source>
        <translation>funding lines</translation>
    </message>
    <message>
        <source>årsbeløp</source>
        <translation>annual amounts</translation>
    </message>
    <message>
        <source>bevilgninger til fondet</source>
        <translation>appropriations to the research fund</translation>
    </message>
    <message>
        <source>tildelinger fra fondet</source>
        <translation>allocations from the research fund</translation>
    </message>
    <message>
        <source>møter</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>deltakere</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>saker</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <source>vedtak og oppfølgingspunkter</source>
        <translation>decisions and action items</translation>
    </message>
    <message>
        <source>frister</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <source>læringspunkter</source>
        <translation>lessons learned</translation>
    </message>
    <message>
        <source>dokumenter</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>endringer</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>celler</source>
        <translation>cells</translation>
    </message>
    <message>
        <source>kolonner</source>
        <translation>columns</translation>
    </message>
    <message>
        <source>nye</source>
        <translation>new</translation>
    </message>
    <message>
        <source>endrede</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>uendrede</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>avviste</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>og</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>Delene går ikke opp i totalkostnaden: innvilget %1 + annen ekstern finansiering %2 + egenandel %3 = %4, men totalkostnaden er %5.</source>
        <translation>The parts do not add up to the total cost: granted %1 + other external funding %2 + own contribution %3 = %4, but the total cost is %5.</translation>
    </message>
    <message>
        <source>Delene går ikke opp i totalkostnaden: innvilget %1 + egenandel %2 = %3, men totalkostnaden er %4.</source>
        <translation>The parts do not add up to the total cost: granted %1 + own contribution %2 = %3, but the total cost is %4.</translation>
    </message>
    <message>
        <source>Støttegraden er %1, over maksimum for %2 (%3 %).</source>
        <translation>The support rate is %1, above the maximum for %2 (%3%).</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>%1 og %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Skjærtorsdag</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <source>Langfredag</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Første påskedag</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Andre påskedag</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Kristi himmelfartsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Første pinsedag</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Andre pinsedag</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Første nyttårsdag</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>Arbeidernes dag</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Grunnlovsdag</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Første juledag</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Andre juledag</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Søndag</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>«%1» er allerede sagt opp (%2).</source>
        <translation>«%1» has already been terminated (%2).</translation>
    </message>
    <message>
        <source>Oppgi serverens navn eller adresse.</source>
        <translation>Enter the server's name or address.</translation>
    </message>
    <message>
        <source>Oppgi navnet på databasen.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>Oppgi brukernavnet på databaseserveren.</source>
        <translation>Enter your user name on the database server.</translation>
    </message>
    <message>
        <source>Porten må være et tall fra 1 til 65535 (vanligvis 5432).</source>
        <translation>The port must be a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Ukjent TLS-modus «%1».</source>
        <translation>Unknown TLS mode «%1».</translation>
    </message>
    <message>
        <source>Finner ikke rotsertifikatet %1.</source>
        <translation>Cannot find the root certificate %1.</translation>
    </message>
    <message>
        <source>«%1» er allerede markert som utført.</source>
        <translation>«%1» is already marked as done.</translation>
    </message>
    <message>
        <source>%1 (%2) kan ikke være før %3 (%4).</source>
        <translation>%1 (%2) cannot be before the %3 (%4).</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret «%1» er ikke gyldig: det skal ha 9 sifre og riktig kontrollsiffer. Sjekk nummeret i Enhetsregisteret.</source>
        <translation>The organisation number «%1» is not valid: it must have 9 digits and the right check digit. Check the number in the Central Coordinating Register for Legal Entities (Enhetsregisteret).</translation>
    </message>
    <message>
        <source>«%1» ser ikke ut som en e-postadresse (navn@eksempel.no).</source>
        <translation>«%1» does not look like an email address (name@example.no).</translation>
    </message>
    <message>
        <source>Slettes etter kan ikke være før datoen opplysningene sist ble bekreftet.</source>
        <translation>Delete after cannot be before the date the details were last confirmed.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før avtalen ble signert.</source>
        <translation>The end date cannot be before the agreement was signed.</translation>
    </message>
    <message>
        <source>Evalueringsintervallet må være minst én måned.</source>
        <translation>The evaluation interval must be at least one month.</translation>
    </message>
    <message>
        <source>En avtale uten sluttdato må ha et evalueringsintervall, så den blir fulgt opp jevnlig. Fyll inn antall måneder mellom evalueringene, eller en sluttdato.</source>
        <translation>An agreement without an end date must have an evaluation interval, so that it is followed up regularly. Fill in the number of months between evaluations, or an end date.</translation>
    </message>
    <message>
        <source>En avtale kan ikke ligge under seg selv.</source>
        <translation>An agreement cannot be placed under itself.</translation>
    </message>
    <message>
        <source>«%1» er ikke en samarbeidsavtale. En prosjektavtale kan bare ligge under en samarbeidsavtale.</source>
        <translation>«%1» is not a framework agreement. A project agreement can only be placed under a framework agreement.</translation>
    </message>
    <message>
        <source>En samarbeidsavtale kan ikke ligge under en annen avtale.</source>
        <translation>A framework agreement cannot be placed under another agreement.</translation>
    </message>
    <message>
        <source>Oppsigelsen kan ikke gjelde fra en dato før den ble levert.</source>
        <translation>The termination cannot take effect before the date notice was given.</translation>
    </message>
    <message>
        <source>Prosjektavtaler ligger under denne avtalen (%1), så den må være en samarbeidsavtale.</source>
        <translation>Project agreements are placed under this agreement (%1), so it must be a framework agreement.</translation>
    </message>
    <message>
        <source>Evalueringen kan ikke være før avtalen startet (%1).</source>
        <translation>The evaluation cannot be before the agreement started (%1).</translation>
    </message>
    <message>
        <source>Prosjektnummeret i Forskningsrådet skal være seks sifre, ikke «%1».</source>
        <translation>The Research Council of Norway project number must be six digits, not «%1».</translation>
    </message>
    <message>
        <source>Stillingsandelen må være mellom 1 og 100 prosent.</source>
        <translation>The position must be between 1 and 100 per cent.</translation>
    </message>
    <message>
        <source>Varigheten må være mellom 1 og 8 år.</source>
        <translation>The duration must be between 1 and 8 years.</translation>
    </message>
    <message>
        <source>Et prosjekt kan ikke vise til seg selv.</source>
        <translation>A project cannot refer to itself.</translation>
    </message>
    <message>
        <source>Stipendiaten må være finansiert av et innovasjons- eller forskningsprosjekt, ikke av et annet ph.d.-prosjekt.</source>
        <translation>The PhD candidate must be funded by an innovation or research project, not by another PhD project.</translation>
    </message>
    <message>
        <source>Antall studenter er urimelig stort.</source>
        <translation>The number of students is unreasonably large.</translation>
    </message>
    <message>
        <source>Velg en finansieringsordning eller en finansiør for finansieringen.</source>
        <translation>Choose a funding scheme or a funder for the funding line.</translation>
    </message>
    <message>
        <source>Innvilget beløp (%1) kan ikke være større enn totalkostnaden (%2).</source>
        <translation>The amount granted (%1) cannot be larger than the total cost (%2).</translation>
    </message>
    <message>
        <source>Egenandelen (%1) kan ikke være større enn totalkostnaden (%2).</source>
        <translation>The own contribution (%1) cannot be larger than the total cost (%2).</translation>
    </message>
    <message>
        <source>Vedtaksdatoen kan ikke være før søknaden ble sendt.</source>
        <translation>The decision date cannot be before the application was sent.</translation>
    </message>
    <message>
        <source>Året %1 er utenfor det programmet regner med (2000–2100).</source>
        <translation>The year %1 is outside what the app works with (2000–2100).</translation>
    </message>
    <message>
        <source>Skriv en begrunnelse når tildelingen skal overskride bevilgningen.</source>
        <translation>Write a reason when the allocation is to exceed the appropriation.</translation>
    </message>
    <message>
        <source>Tildelingene for %1 blir %2, men bevilgningen er %3 (ledig: %4). Reduser beløpet, eller merk tildelingen som godkjent overskridelse og skriv en begrunnelse.</source>
        <translation>The allocations for %1 come to %2, but the appropriation is %3 (available: %4). Reduce the amount, or mark the allocation as an approved overrun and write a reason.</translation>
    </message>
    <message>
        <source>«Gjentas til» kan ikke være før fristen.</source>
        <translation>«Repeats until» cannot be before the deadline.</translation>
    </message>
    <message>
        <source>Utført dato kan bare fylles ut når fristen er markert som utført.</source>
        <translation>Date done can only be filled in when the deadline is marked as done.</translation>
    </message>
    <message>
        <source>Varselet kan være høyst 366 dager før fristen.</source>
        <translation>The reminder can be at most 366 days before the deadline.</translation>
    </message>
    <message>
        <source>Forskyvningen kan være høyst 120 måneder.</source>
        <translation>The offset can be at most 120 months.</translation>
    </message>
    <message>
        <source>Møtet må vare minst ett minutt.</source>
        <translation>The meeting must last at least one minute.</translation>
    </message>
    <message>
        <source>Et møte kan vare høyst 24 timer.</source>
        <translation>A meeting can last at most 24 hours.</translation>
    </message>
    <message>
        <source>En sak kan vare høyst 24 timer.</source>
        <translation>An agenda item can last at most 24 hours.</translation>
    </message>
    <message>
        <source>Et oppfølgingspunkt må ha en frist, så det kommer med i fristlisten.</source>
        <translation>An action item must have a deadline, so that it appears in the deadline list.</translation>
    </message>
    <message>
        <source>Et oppfølgingspunkt må ha en ansvarlig, så noen følger det opp.</source>
        <translation>An action item must have someone responsible, so that somebody follows it up.</translation>
    </message>
    <message>
        <source>Filen må slutte på .json eller .pdf (ikke «%1»).</source>
        <translation>The file must end in .json or .pdf (not “%1”).</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>%1 må fylles ut.</source>
        <translation>%1 must be filled in.</translation>
    </message>
    <message>
        <source>%1 kan ikke være lengre enn %2 tegn.</source>
        <translation>%1 cannot be longer than %2 characters.</translation>
    </message>
    <message>
        <source>%1 kan ikke være negativt.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <source>%1 er urimelig stort. Sjekk tallet.</source>
        <translation>%1 is unreasonably large. Check the number.</translation>
    </message>
    <message>
        <source>%1: «%2» er ikke et heltall. Skriv bare sifre, for eksempel 250 000.</source>
        <translation>%1: «%2» is not a whole number. Write digits only, for example 250000.</translation>
    </message>
    <message>
        <source>%1: «%2» er ikke en gyldig dato. Bruk formen dd.mm.åååå.</source>
        <translation>%1: «%2» is not a valid date. Write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>%1: «%2» er ikke et gyldig tidspunkt. Bruk dd.mm.åååå tt:mm.</source>
        <translation>%1: «%2» is not a valid time. Write it as dd/mm/yyyy hh:mm.</translation>
    </message>
    <message>
        <source>%1: «%2» må være ja eller nei.</source>
        <translation>%1: «%2» must be yes or no.</translation>
    </message>
    <message>
        <source>%1: «%2» er ikke et gyldig valg. Velg en av: %3.</source>
        <translation>%1: «%2» is not a valid choice. Choose one of: %3.</translation>
    </message>
    <message>
        <source>%1: ugyldig verdi «%2».</source>
        <translation>%1: invalid value «%2».</translation>
    </message>
    <message>
        <source>Feltet «%1» finnes ikke for %2.</source>
        <translation>The %2 has no field «%1».</translation>
    </message>
    <message>
        <source>%1: valgt %2 finnes ikke lenger. Velg på nytt.</source>
        <translation>%1: the chosen %2 no longer exists. Choose again.</translation>
    </message>
    <message>
        <source>Valgt %1 finnes ikke lenger.</source>
        <translation>The chosen %1 no longer exists.</translation>
    </message>
    <message>
        <source>%1 «%2» finnes allerede. Bruk den som er registrert.</source>
        <translation>%1 «%2» already exists. Use the one that is registered.</translation>
    </message>
    <message>
        <source>Denne %1 er allerede registrert her.</source>
        <translation>This %1 is already registered here.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Kommunen, tjenesteområder og organisasjoner</source>
        <translation>The municipality, service areas and organisations</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
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
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Forsknings- og innovasjonsfondet</source>
        <translation>The research and innovation fund</translation>
    </message>
    <message>
        <source>Evalueringer og avtalefrister</source>
        <translation>Evaluations and agreement deadlines</translation>
    </message>
    <message>
        <source>Kontaktgruppemøter</source>
        <translation>Contact group meetings</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Erfaringer og dokumenter</source>
        <translation>Lessons and documents</translation>
    </message>
    <message>
        <source>Bevilgninger til fondet</source>
        <translation>Appropriations to the fund</translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Syntetiske prosjekter %1–%2</source>
        <translation>Synthetic projects %1–%2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulator</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Filen sier at den er UTF-8, men byte %1 er ikke gyldig UTF-8. Lagre den på nytt som «CSV UTF-8» i Excel.</source>
        <translation>The file says it is UTF-8, but byte %1 is not valid UTF-8. Save it again as “CSV UTF-8” in Excel.</translation>
    </message>
    <message>
        <source>Filen sier at den er UTF-16, men innholdet er ikke gyldig UTF-16.</source>
        <translation>The file says it is UTF-16, but its content is not valid UTF-16.</translation>
    </message>
    <message>
        <source>Filen inneholder NUL-tegn og er ikke en tekstfil.</source>
        <translation>The file contains NUL characters and is not a text file.</translation>
    </message>
    <message>
        <source>Filen ser ut til å være UTF-16 uten byte-rekkefølgemerke (BOM), og da kan ikke tegnene leses sikkert. Lagre den på nytt som «CSV UTF-8» i Excel.</source>
        <translation>The file looks like UTF-16 without a byte order mark (BOM), so its characters cannot be read safely. Save it again as “CSV UTF-8” in Excel.</translation>
    </message>
    <message>
        <source>Filen inneholder NUL-tegn og er ikke en CSV-fil (kanskje en binærfil med feil navn). Velg en CSV-fil lagret fra Excel.</source>
        <translation>The file contains NUL characters and is not a CSV file (perhaps a binary file with the wrong name). Choose a CSV file saved from Excel.</translation>
    </message>
    <message>
        <source>Filen er verken UTF-8 eller Windows-1252 (byte %1 kan ikke leses). Lagre den på nytt som «CSV UTF-8» i Excel.</source>
        <translation>The file is neither UTF-8 nor Windows-1252 (byte %1 cannot be read). Save it again as “CSV UTF-8” in Excel.</translation>
    </message>
    <message>
        <source>Filen ser ikke ut som tekst i UTF-8 eller Windows-1252 (kanskje en annen tegnkoding eller en binærfil). Lagre den på nytt som «CSV UTF-8» i Excel.</source>
        <translation>The file does not look like text in UTF-8 or Windows-1252 (perhaps another encoding or a binary file). Save it again as “CSV UTF-8” in Excel.</translation>
    </message>
    <message>
        <source>Filen er for stor (%1 MB); grensen er %2 MB.</source>
        <translation>The file is too large (%1 MB); the limit is %2 MB.</translation>
    </message>
    <message>
        <source>Filen er for stor; grensen er %1 MB.</source>
        <translation>The file is too large; the limit is %1 MB.</translation>
    </message>
    <message>
        <source>Filen kan ikke leses som CSV: %1.</source>
        <translation>The file cannot be read as CSV: %1.</translation>
    </message>
    <message>
        <source>Filen er tom: den har ingen overskriftsrad.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>Raden har %1, men overskriftsraden har bare %2 (skilletegn: %3).</source>
        <translation>The row has %1, but the header row has only %2 (separator: %3).</translation>
    </message>
    <message>
        <source>%1 er ikke gyldig JSON: %2.</source>
        <translation>%1 is not valid JSON: %2.</translation>
    </message>
    <message>
        <source>%1 må være et JSON-objekt fra filens overskrift til kolonnens overskrift eller feltnavn, f.eks. {"Prosjektnavn": "Tittel", "Kommentar": null}.</source>
        <translation>%1 must be a JSON object from the file’s header to the column’s header or field name, e.g. {"Prosjektnavn": "Tittel", "Kommentar": null}.</translation>
    </message>
    <message>
        <source>Ukjent kolonne for %1: «%2» er ikke en av kolonnene i arket %3 i en eksportert arbeidsbok. Gi kolonnen et av de navnene, eller pek den ut med --map.</source>
        <translation>Unknown column for %1: «%2» is not one of the columns in the sheet %3 of an exported workbook. Give the column one of those names, or point it out with --map.</translation>
    </message>
    <message>
        <source>Ukjent kolonne for %1: Den er ikke en av kolonnene i arket %2 i en eksportert arbeidsbok. Gi kolonnen et av de navnene, eller pek den ut med --map.</source>
        <translation>Unknown column for %1: it is not one of the columns in the sheet %2 of an exported workbook. Give the column one of those names, or point it out with --map.</translation>
    </message>
    <message>
        <source>Kolonnen finnes to ganger (også i kolonne %1).</source>
        <translation>The column is there twice (also in column %1).</translation>
    </message>
    <message>
        <source>«%1» har ikke noe ark som heter «%2».</source>
        <translation>“%1” has no sheet called “%2”.</translation>
    </message>
    <message>
        <source>Filen har ingen ark med data å importere.</source>
        <translation>The file has no sheet with data to import.</translation>
    </message>
    <message>
        <source>«%1» er ikke en gyldig id.</source>
        <translation>«%1» is not a valid id.</translation>
    </message>
    <message>
        <source>«%1…» er ikke en gyldig id (høyst 36 tegn).</source>
        <translation>«%1…» is not a valid id (36 characters at most).</translation>
    </message>
    <message>
        <source>«%1» er ikke en hel prosent.</source>
        <translation>«%1» is not a whole percentage.</translation>
    </message>
    <message>
        <source>%1, %2, %3 og %4 – %5 i alt.</source>
        <translation>%1, %2, %3 and %4 – %5 in all.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Leser %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Importerer %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Ny %1, nevnt i raden.</source>
        <translation>New %1, named in the row.</translation>
    </message>
    <message>
        <source>Fant ingen %1 som heter «%2».</source>
        <translation>There is no %1 called «%2».</translation>
    </message>
    <message>
        <source>«%1» passer på flere: %2. Oppgi id-en.</source>
        <translation>«%1» fits more than one: %2. Give the id.</translation>
    </message>
    <message>
        <source>Fant ingen %1 med id «%2».</source>
        <translation>There is no %1 with the id «%2».</translation>
    </message>
    <message>
        <source>«%1» (finnes ikke i filen)</source>
        <translation>«%1» (not in the file)</translation>
    </message>
    <message>
        <source>Flere rader har samme %1; oppgi id-en.</source>
        <translation>More than one row has the same %1; give the id.</translation>
    </message>
    <message>
        <source>Samme rad som rad %1 i %2 (samme id eller %3).</source>
        <translation>The same row as row %1 in %2 (the same id or %3).</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 eller %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Ark «%1», rad %2, kolonne %3</source>
        <translation>Sheet «%1», row %2, column %3</translation>
    </message>
    <message>
        <source>Ark «%1», rad %2</source>
        <translation>Sheet «%1», row %2</translation>
    </message>
    <message>
        <source>Rad %1, kolonne %2</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <source>Rad %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Kan ikke lese %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Kan ikke skrive %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>«%1»: velg en fil som slutter på .xlsx eller .csv.</source>
        <translation>“%1”: choose a file whose name ends in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>«%1» er ikke en dato. Skriv datoen som dd.mm.åååå.</source>
        <translation>«%1» is not a date. Write the date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>«%1» er ikke en gyldig dato: måneden må være 1–12.</source>
        <translation>«%1» is not a valid date: the month must be 1–12.</translation>
    </message>
    <message>
        <source>«%1» er ikke en gyldig dato: %2 %3 har %4 dager.</source>
        <translation>«%1» is not a valid date: %2 %3 has %4 days.</translation>
    </message>
    <message>
        <source>«%1» har ikke et klokkeslett som tt:mm.</source>
        <translation>«%1» has no time of day as hh:mm.</translation>
    </message>
    <message>
        <source>«%1» har et klokkeslett som ikke finnes.</source>
        <translation>«%1» has a time of day that does not exist.</translation>
    </message>
    <message>
        <source>«%1» er ikke et beløp. Skriv hele kroner, f.eks. 1 250 000 kr.</source>
        <translation>«%1» is not an amount. Write whole kroner, e.g. 1 250 000 kr.</translation>
    </message>
    <message>
        <source>«%1» har øre. Beløp føres i hele kroner, uten øre.</source>
        <translation>«%1» has øre. Amounts are in whole kroner, without øre.</translation>
    </message>
    <message>
        <source>«%1» er ikke et helt tall.</source>
        <translation>«%1» is not a whole number.</translation>
    </message>
    <message>
        <source>«%1» er ikke et tall. Bruk desimalkomma, f.eks. 12,5.</source>
        <translation>«%1» is not a number. Use a decimal comma, e.g. 12,5.</translation>
    </message>
    <message>
        <source>«%1» er ikke et tall.</source>
        <translation>«%1» is not a number.</translation>
    </message>
    <message>
        <source>«%1» er ikke en prosentsats, f.eks. 12,5 %.</source>
        <translation>«%1» is not a percentage, e.g. 12,5 %.</translation>
    </message>
    <message>
        <source>«%1» er verken Ja eller Nei.</source>
        <translation>«%1» is neither Ja nor Nei (yes or no).</translation>
    </message>
    <message>
        <source>Skriver arbeidsboken</source>
        <translation>Writing the workbook</translation>
    </message>
    <message>
        <source>Teksten har %1 tegn, men Excel tillater høyst %2 i en celle. Eksporter tabellen som CSV i stedet.</source>
        <translation>The text has %1 characters, but Excel allows at most %2 in a cell. Export the table as CSV instead.</translation>
    </message>
    <message>
        <source>%1 er ikke en gyldig Excel-fil (.xlsx): filen er skadet, avkortet eller av en annen type.</source>
        <translation>%1 is not a valid Excel file (.xlsx): the file is damaged, cut short or of another type.</translation>
    </message>
    <message>
        <source>%1 pakkes ut til mye mer enn den fyller (%2 blir %3 MB): den ligner en zip-bombe og leses ikke.</source>
        <translation>%1 unpacks to far more than its size (%2 becomes %3 MB): it looks like a zip bomb and is not read.</translation>
    </message>
    <message>
        <source>%1 blir %2 MB utpakket; grensen er %3 MB.</source>
        <translation>%1 becomes %2 MB unpacked; the limit is %3 MB.</translation>
    </message>
    <message>
        <source>%1 er ikke en Excel-arbeidsbok (.xlsx).</source>
        <translation>%1 is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Cellen inneholder en formel (%1), ikke en verdi. Kopier og lim inn som verdier i Excel før du importerer.</source>
        <translation>The cell holds a formula (%1), not a value. Copy and paste as values in Excel before you import.</translation>
    </message>
    <message>
        <source>Raden har en verdi i en kolonne uten overskrift (overskriftsraden har %1).</source>
        <translation>The row has a value in a column without a header (the header row has %1).</translation>
    </message>
    <message>
        <source>Filen</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>%1 er for stor (%2 MB); grensen er %3 MB.</source>
        <translation>%1 is too large (%2 MB); the limit is %3 MB.</translation>
    </message>
    <message>
        <source>%1 kan ikke åpnes som Excel-arbeidsbok: innholdet er skadet.</source>
        <translation>%1 cannot be opened as an Excel workbook: its content is damaged.</translation>
    </message>
    <message>
        <source>Arket «%1» i %2 kan ikke leses: innholdet er skadet.</source>
        <translation>The sheet “%1” in %2 cannot be read: its content is damaged.</translation>
    </message>
    <message>
        <source>«%1» har øre. Beløp føres i hele kroner.</source>
        <translation>«%1» has øre. Amounts are in whole kroner.</translation>
    </message>
    <message>
        <source>«%1» passer ikke i denne kolonnen.</source>
        <translation>«%1» does not fit in this column.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Setter opp side %1</source>
        <translation>Laying out page %1</translation>
    </message>
</context>
</TS>
