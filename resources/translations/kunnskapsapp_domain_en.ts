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
</context>
</TS>
