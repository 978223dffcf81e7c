<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
<context>
    <name>AgendaTable</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="125"/>
        <source>Opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="127"/>
        <source>Flytt saken opp (Ctrl+Pil opp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="128"/>
        <source>Ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="130"/>
        <source>Flytt saken ned (Ctrl+Pil ned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="141"/>
        <source>Flytt saken opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="142"/>
        <source>Flytt saken ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="198"/>
        <source>Sum: %s minutter av %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="200"/>
        <source>Sum: %s minutter av %s – %s minutter for mye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="231"/>
        <source>Kan ikke flytte saken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="50"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="77"/>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="54"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="214"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="55"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="175"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="217"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="56"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="121"/>
        <source>Parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="57"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="58"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="176"/>
        <source>Slutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="59"/>
        <source>Neste evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="60"/>
        <source>Saksnr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="89"/>
        <source>Varighet og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="100"/>
        <source>Forankring og arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="110"/>
        <source>Oppsigelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="113"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="125"/>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="126"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="141"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="130"/>
        <source>Avtalepart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="135"/>
        <source>Kontaktgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="139"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="140"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="145"/>
        <source>Medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="150"/>
        <source>Evalueringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="154"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="155"/>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="161"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="221"/>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="170"/>
        <source>Prosjektavtaler under denne avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="174"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="182"/>
        <source>Prosjektavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="222"/>
        <source>Forfaller innen 90 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="225"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="253"/>
        <source>Registrer evaluering …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="228"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="255"/>
        <source>Si opp avtale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="272"/>
        <source>Evaluering registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="273"/>
        <source>Neste evaluering av «%s» er %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="274"/>
        <source>ikke satt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationsBox</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="274"/>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="275"/>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="276"/>
        <source>Vedtaksdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="277"/>
        <source>Saksref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="280"/>
        <source>Overskridelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="281"/>
        <source>Godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="283"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="412"/>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="293"/>
        <source>Tildelinger fra fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="310"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="505"/>
        <source>Legg til …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="311"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="328"/>
        <source>Endre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="312"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="334"/>
        <source>Fjern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="313"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="338"/>
        <source>Åpne prosjektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="354"/>
        <source>Tildelinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="358"/>
        <source>Tildelinger i %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="363"/>
        <source>Overbelastet med %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="366"/>
        <source>Ledig: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="401"/>
        <source>Tildeling fra fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="405"/>
        <source>Overskridelse av årets bevilgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="411"/>
        <source>Godkjent overskridelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="435"/>
        <source>Skriv inn året tildelingen gjelder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="440"/>
        <source>Det er ikke registrert noen bevilgning for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="442"/>
        <source>Bevilgning %s: %s. Året er allerede overbelastet med %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="448"/>
        <source>Bevilgning %s: %s. Ledig for denne tildelingen: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="487"/>
        <source>Kan ikke fjerne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPlanModel</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="218"/>
        <source>Bevilgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="218"/>
        <source>Tildelt (forpliktet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="218"/>
        <source>Igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="222"/>
        <source>%s (i år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="224"/>
        <source>Sum %s–%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="248"/>
        <source>%s er overbelastet med %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="643"/>
        <source>Legg til …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="644"/>
        <source>Endre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="645"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="654"/>
        <source>Lagre først, så kan du legge til her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="721"/>
        <source>Kan ikke fjerne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="491"/>
        <source>Noen andre har lagret først</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="499"/>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="499"/>
        <source>Din versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="499"/>
        <source>Lagret versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="517"/>
        <source>Lagre min versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="520"/>
        <source>Bruk den lagrede versjonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="522"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/errors.py" line="49"/>
        <source>Uventet feil – Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/errors.py" line="53"/>
        <source>Det oppstod en uventet feil. Det du allerede har lagret, er trygt. Endringer som ikke var lagret, kan du prøve å lagre på nytt.

Kopier rapporten under og send den til brukerstøtte, med en kort beskrivelse av hva du gjorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/errors.py" line="64"/>
        <source>Feilrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/errors.py" line="68"/>
        <source>Kopier rapporten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="429"/>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="528"/>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="431"/>
        <source>Oppdater (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="437"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="438"/>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="439"/>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="440"/>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="495"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="444"/>
        <source>Forfalte frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="445"/>
        <source>Ingen forfalte frister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="451"/>
        <source>Dager over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="461"/>
        <source>Frister de neste 30 dagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="462"/>
        <source>Ingen frister de neste 30 dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="466"/>
        <source>Dager igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="467"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="474"/>
        <source>Avtaler som skal evalueres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="475"/>
        <source>Ingen avtaler skal evalueres de neste 90 dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="478"/>
        <source>Neste evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="479"/>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="480"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="481"/>
        <source>Partnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="488"/>
        <source>Prosjektavtaler som må oppfylles etter oppsigelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="489"/>
        <source>Ingen prosjektavtaler under oppsagte samarbeidsavtaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="492"/>
        <source>Prosjektavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="493"/>
        <source>Samarbeidsavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="494"/>
        <source>Slutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="533"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="563"/>
        <source>Oppdaterer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="585"/>
        <source>Kunne ikke hente oversikten (%s). Trykk F5 for å prøve igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="601"/>
        <source>%s, de %s eldste vises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../kunnskapsapp/ui/widgets.py" line="63"/>
        <source>Velg dato i kalender (Alt+Pil ned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/widgets.py" line="64"/>
        <source>Åpne kalender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="110"/>
        <source>Kalender med frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="193"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="198"/>
        <source>1 frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="198"/>
        <source>%s frister:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="203"/>
        <source> (forfalt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="208"/>
        <source>… og %s til</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineConfirmDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="46"/>
        <source>Frister fra %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="51"/>
        <source>Ordningen gir disse fristene for prosjektet. Fjern haken for dem du ikke vil registrere, og trykk Lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="59"/>
        <source>Foreslåtte frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="63"/>
        <source>  (obs: %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="71"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="72"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="126"/>
        <source>Lagringen ble avbrutt. Ingenting er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="219"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="241"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="401"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="222"/>
        <source>Dager igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="227"/>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="228"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="285"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="229"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="280"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="230"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="289"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="427"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="231"/>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="232"/>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="233"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="245"/>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="249"/>
        <source>Varsel og gjentakelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="252"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="295"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="400"/>
        <source>Forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="296"/>
        <source>Bare forfalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="301"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="303"/>
        <source>Denne måneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="304"/>
        <source>Neste 30 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="305"/>
        <source>Neste 90 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="306"/>
        <source>I år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="323"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="540"/>
        <source>Marker som utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="325"/>
        <source>Marker fristen som utført i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="327"/>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="543"/>
        <source>Gjenåpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="366"/>
        <source>Vis alle dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="368"/>
        <source>Fjern dagsfilteret fra kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="402"/>
        <source>Utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="403"/>
        <source>Helligdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="426"/>
        <source>Uten ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="434"/>
        <source>I dag %s. &lt;b&gt;%s forfalte&lt;/b&gt;, %s de neste 30 dagene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="454"/>
        <source>Klikk på en dag i kalenderen for å se dens frister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="461"/>
        <source>Viser fristene %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="555"/>
        <source>Kan ikke markere som utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="563"/>
        <source>Neste frist er opprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="565"/>
        <source>«%s» er markert som utført. Fristen gjentas (%s), så neste frist er opprettet med dato %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="571"/>
        <source>«%s» er markert som utført.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="581"/>
        <source>Kan ikke gjenåpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/deadlines.py" line="586"/>
        <source>«%s» er åpen igjen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="592"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="593"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="602"/>
        <source>Ny: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="294"/>
        <source>Ny: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="327"/>
        <source>Fristen er passert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="363"/>
        <location filename="../../kunnskapsapp/ui/form.py" line="372"/>
        <source>Kan ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="401"/>
        <source>Kan ikke slette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="420"/>
        <source>Ulagrede endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="422"/>
        <source>Du har endringer i «%s» som ikke er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="423"/>
        <source>Vil du lagre dem før du går videre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="424"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="426"/>
        <source>Forkast endringene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="428"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="303"/>
        <source>Registrer evaluering – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="308"/>
        <source>Evaluert dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="312"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="317"/>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="315"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="318"/>
        <source>Justeringer og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="316"/>
        <source>Evaluert dato *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="328"/>
        <source>Registrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="329"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="337"/>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="58"/>
        <source>%s: alle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="93"/>
        <source>Velg prosjekt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="108"/>
        <source>%s er overbelastet med %s (tildelt %s av en bevilgning på %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="122"/>
        <source>Tildeling til %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="130"/>
        <source>Bevilgning til fondet %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="159"/>
        <source>Ingen bevilgning registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="973"/>
        <source>Finansiering og fond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="985"/>
        <source>Forsknings- og innovasjonsfondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="986"/>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="988"/>
        <source>Bevilgning og tildelinger per år, og forpliktelser i budsjettplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="990"/>
        <source>Finansiering i alle prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundSection</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="287"/>
        <source>Fondet i år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="288"/>
        <source>Ingen bevilgning eller tildeling i år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="329"/>
        <source>Bevilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="330"/>
        <source>Tildelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="331"/>
        <source>Igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="336"/>
        <source>%s: tildelt %s mer enn bevilget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundYearsTab</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="551"/>
        <source>Nytt år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="552"/>
        <source>Registrer bevilgningen for et nytt år (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="553"/>
        <source>Fondet år for år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="570"/>
        <source>Budsjettplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="606"/>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="607"/>
        <source>%s (i år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="612"/>
        <source>Bevilgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="617"/>
        <source>Tildelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="618"/>
        <source>Igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="619"/>
        <source>Antall tildelinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="620"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="629"/>
        <source>Bevilgning til fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="672"/>
        <source>Budsjettplanen %s–%s: bevilget, forpliktet og igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="709"/>
        <source>%s: ingen bevilgning registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="743"/>
        <source>Ny bevilgning til fondet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingLinesTab</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="789"/>
        <source>Ny finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="790"/>
        <source>Finansiering i alle prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="795"/>
        <source>Åpne prosjektet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="802"/>
        <source>innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="805"/>
        <source>Beløp per år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="820"/>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="821"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="890"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="917"/>
        <source>Finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="822"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="891"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="921"/>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="823"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="894"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="824"/>
        <source>Ekstern ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="825"/>
        <source>Søkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="826"/>
        <source>Innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="827"/>
        <source>Totalkostnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="829"/>
        <source>Støttegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="831"/>
        <source>Egenandel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="832"/>
        <source>Vedtaksdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="847"/>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="859"/>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="900"/>
        <location filename="../../kunnskapsapp/ui/pages/fund.py" line="923"/>
        <source>Vedtaksår</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="536"/>
        <source>Historikk – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="543"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="544"/>
        <source>Bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="545"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="546"/>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="547"/>
        <source>Endring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="565"/>
        <source>Ingen endringer er registrert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="20"/>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="41"/>
        <source>Læringspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="21"/>
        <source>Registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="24"/>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="30"/>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="34"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/lessons.py" line="42"/>
        <source>Koblet til</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="107"/>
        <location filename="../../kunnskapsapp/ui/page.py" line="417"/>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="109"/>
        <source>Ny (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="143"/>
        <location filename="../../kunnskapsapp/ui/page.py" line="418"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="145"/>
        <source>Lagre (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="146"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="148"/>
        <location filename="../../kunnskapsapp/ui/page.py" line="427"/>
        <source>Historikk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="150"/>
        <location filename="../../kunnskapsapp/ui/page.py" line="422"/>
        <source>Slett …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="283"/>
        <source>%s rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="285"/>
        <source>%s av %s rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="419"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="420"/>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/page.py" line="421"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="246"/>
        <source>Dobbeltklikk eller trykk Enter for å åpne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="58"/>
        <source>Logo på rapportene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="66"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="82"/>
        <source>Velg bilde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="84"/>
        <source>PNG eller JPEG, høyst 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="85"/>
        <source>Fjern logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="103"/>
        <source>Ingen logo. Rapportene skrives ut uten logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="110"/>
        <source>Logoen kan ikke vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="124"/>
        <source>%s, %s × %s piksler, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="132"/>
        <source>Velg logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="134"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="147"/>
        <source>«%s» er %s. Logoen kan være høyst 2 MB; lagre bildet i mindre størrelse og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="155"/>
        <source>Kunne ikke lese «%s»: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="160"/>
        <source>«%s» er ikke et PNG- eller JPEG-bilde. Velg en annen fil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="58"/>
        <source>Kunnskapsapp – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="66"/>
        <source>Navigasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="78"/>
        <source>%s (Ctrl+%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="96"/>
        <source>Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="184"/>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="186"/>
        <source>Ta sikkerhetskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="188"/>
        <source>&amp;Rapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="190"/>
        <source>Møteunderlag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="191"/>
        <source>Porteføljeoversikt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="192"/>
        <source>Fristliste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="193"/>
        <source>Avtaleregister …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="194"/>
        <source>FoU-fond …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="195"/>
        <source>Prosjektark …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="203"/>
        <source>Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="205"/>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="206"/>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="207"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="209"/>
        <source>Slett …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="212"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="215"/>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="218"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="231"/>
        <source>&amp;Gå til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="242"/>
        <source>&amp;Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="244"/>
        <source>Kommuneprofil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="248"/>
        <source>Tjenesteområder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="253"/>
        <source>Finansieringsordninger og fristregler …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="259"/>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="261"/>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="323"/>
        <source>Om Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="264"/>
        <source>Verktøylinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="282"/>
        <source>Ta sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="284"/>
        <source>SQLite-database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="296"/>
        <source>Tar sikkerhetskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="299"/>
        <source>Sikkerhetskopi skrevet til %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/main_window.py" line="325"/>
        <source>&lt;b&gt;Kunnskapsapp %s&lt;/b&gt;&lt;br&gt;Avtaler, prosjekter, finansiering og frister for kommunens forsknings- og innovasjonsarbeid.&lt;br&gt;&lt;br&gt;Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="316"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="613"/>
        <source>Møteunderlag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="318"/>
        <source>Skriv ut møteunderlaget (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="353"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="354"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="411"/>
        <source>Møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="355"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="393"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="480"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="356"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="396"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="357"/>
        <source>Avtale/Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="358"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="359"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="420"/>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="362"/>
        <source>Saksliste (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="383"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="400"/>
        <source>Avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="388"/>
        <source>Når</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="389"/>
        <source>Kommende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="389"/>
        <source>Tidligere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="414"/>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="415"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="424"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="425"/>
        <source>Innkalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="426"/>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="432"/>
        <source>Deltaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="447"/>
        <source>Saksliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="451"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="452"/>
        <source>Kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="453"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="462"/>
        <source>Sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="454"/>
        <source>Innleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="455"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="456"/>
        <source>Vedtak/oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="465"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="476"/>
        <source>Vedtak og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="481"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="482"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="483"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="486"/>
        <source>I fristlisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="487"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="494"/>
        <source>Vedtak eller oppfølgingspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="499"/>
        <source>Frist (for oppfølgingspunkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="524"/>
        <source>Et oppfølgingspunkt må ha en ansvarlig, så noen følger det opp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="531"/>
        <source>Fristen i fristlisten er oppdatert (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="533"/>
        <source>Oppfølgingspunktet er lagt inn i fristlisten med frist %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="563"/>
        <source>Sakslisten er beregnet til %s minutter, men møtet varer %s minutter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="617"/>
        <source>Åpne avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="623"/>
        <source>Åpne prosjektet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="21"/>
        <source>Kortnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="22"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="23"/>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="42"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="24"/>
        <source>Org.nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="25"/>
        <source>Nettside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="32"/>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/organisations.py" line="33"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="267"/>
        <source>Vedtak og oppfølging – sak %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="269"/>
        <source>Vedtak og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="275"/>
        <source>Velg en sak i sakslisten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="25"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="26"/>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="56"/>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="27"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="28"/>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="29"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="30"/>
        <source>Slettes etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="37"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="39"/>
        <source>Personopplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="42"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="62"/>
        <source>Personvern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/people.py" line="63"/>
        <source>Skal slettes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="234"/>
        <source>1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="234"/>
        <source>%1 sider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="238"/>
        <source>Forminsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="239"/>
        <source>Forstørr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="242"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="244"/>
        <source>Lagre som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="246"/>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="187"/>
        <source>Kommuneprofil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="191"/>
        <source>Navnet, enheten og logoen skrives på alle rapporter og møteunderlag. Endringene gjelder for alle som bruker denne databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="199"/>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="207"/>
        <source>9 sifre, for eksempel 974 767 880</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="215"/>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="268"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="218"/>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="272"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="252"/>
        <source>Kan ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="265"/>
        <source>Ulagrede endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="266"/>
        <source>Logoen er endret, men ikke lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="267"/>
        <source>Vil du lagre den før du lukker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/profile_dialog.py" line="270"/>
        <source>Forkast endringene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="143"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="163"/>
        <source>Prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="144"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="360"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="145"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="240"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="314"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="363"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="146"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="367"/>
        <source>Prosjekteier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="147"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="210"/>
        <source>Partnere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="148"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="149"/>
        <source>Slutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="150"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="241"/>
        <source>Innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="151"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="244"/>
        <source>Egenandel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="152"/>
        <source>Fra fondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="153"/>
        <source>Prosjektleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="179"/>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="181"/>
        <source>Ph.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="193"/>
        <source>Utdanningstilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="196"/>
        <source>Beskrivelse og resultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="214"/>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="215"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="227"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="219"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="373"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="224"/>
        <source>Veiledere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="227"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="229"/>
        <source>Veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="234"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="250"/>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="238"/>
        <source>Finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="239"/>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="242"/>
        <source>Totalkostnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="243"/>
        <source>Støttegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="262"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="283"/>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="278"/>
        <source>Tildelinger fra forsknings- og innovasjonsfondet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="282"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="386"/>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="284"/>
        <source>Saksref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="290"/>
        <source>Tildeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="308"/>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="312"/>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="320"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="313"/>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/projects.py" line="379"/>
        <source>Prioritert område</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="402"/>
        <source>Forhåndsvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="405"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="408"/>
        <source>Lagre som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="410"/>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="438"/>
        <source>Møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="440"/>
        <source>Møteunderlag (før møtet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="441"/>
        <source>Referat (etter møtet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="453"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="457"/>
        <source>Ta med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="468"/>
        <source>Det er ikke registrert noen møter ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="472"/>
        <source>Porteføljen per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="473"/>
        <source>Ta med tabellen over prosjektene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="479"/>
        <source>Alt som er forfalt, og fra i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="490"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="491"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="493"/>
        <source>Uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="494"/>
        <source>Måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="495"/>
        <source>Grupper per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="496"/>
        <source>Ta med utførte og avlyste frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="503"/>
        <source>Alle avtaler med status og neste evaluering, og oppsagte samarbeidsavtaler med prosjektavtalene som fortsatt skal oppfylles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="514"/>
        <source>Budsjettplanen fra år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="518"/>
        <source>Søk etter prosjekt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="545"/>
        <source>Prosjekter (ett ark per prosjekt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="625"/>
        <source>Lager %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/reports.py" line="647"/>
        <source>Lagret %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemesDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="246"/>
        <source>Finansieringsordninger og fristregler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="249"/>
        <source>Fristreglene til en ordning gir prosjektene forslag til frister når finansieringen registreres. Når finansiøren endrer kravene, endrer du reglene her; frister som allerede er lagt inn, endres ikke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemesPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="109"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="110"/>
        <location filename="../../kunnskapsapp/ui/admin.py" line="133"/>
        <source>Ordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="111"/>
        <source>Finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="114"/>
        <source>Maks. støtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="121"/>
        <location filename="../../kunnskapsapp/ui/admin.py" line="140"/>
        <source>Fristregler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="122"/>
        <location filename="../../kunnskapsapp/ui/admin.py" line="186"/>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="144"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="145"/>
        <location filename="../../kunnskapsapp/ui/admin.py" line="152"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="146"/>
        <source>Når</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="147"/>
        <source>Varsel (dager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="154"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../kunnskapsapp/ui/widgets.py" line="347"/>
        <source>Søk … (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/widgets.py" line="349"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="194"/>
        <source>Henter …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAreasDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="232"/>
        <source>Tjenesteområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="235"/>
        <source>Tjenesteområdene eier prosjektene (prosjekteier). Et område som ikke lenger brukes, kan merkes som ikke aktivt; prosjektene beholder koblingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAreasPage</name>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="68"/>
        <location filename="../../kunnskapsapp/ui/admin.py" line="80"/>
        <source>Tjenesteområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="69"/>
        <source>Kortnavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="70"/>
        <source>Prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="71"/>
        <location filename="../../kunnskapsapp/ui/admin.py" line="98"/>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="124"/>
        <source>Prosjekter etter form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="129"/>
        <source>Ph.d. etter gradsgivende institusjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="134"/>
        <source>Ph.d. etter finansieringsordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="139"/>
        <source>Innovasjonsprosjekter etter finansiør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="144"/>
        <source>Faglige partnere i innovasjonsprosjektene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="149"/>
        <source>Innovasjonsprosjekter som finansierer ph.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="154"/>
        <source>Studenter tatt opp i utdanningstilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="159"/>
        <source>Innvilget ekstern finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="164"/>
        <source>Aktive avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="351"/>
        <source>Porteføljen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="352"/>
        <source>Porteføljeoversikten er ikke tilgjengelig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="376"/>
        <source>1 prosjekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/dashboard.py" line="376"/>
        <source>%s prosjekter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../kunnskapsapp/ui/worker.py" line="80"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/worker.py" line="138"/>
        <source>Kunnskapsapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="356"/>
        <source>Si opp avtale – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="360"/>
        <source>Oppsigelsen registreres med datoer og begrunnelse. Prosjektavtaler under en samarbeidsavtale skal som hovedregel oppfylles selv om samarbeidsavtalen sies opp; du får se hvilke etterpå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="370"/>
        <source>Oppsigelse levert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="374"/>
        <source>Oppsigelsen gjelder fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="378"/>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="386"/>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="379"/>
        <source>Oppsigelse levert *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="382"/>
        <source>Gjelder fra (oppsigelsestid %s mnd.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="396"/>
        <source>Si opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="397"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="405"/>
        <source>Skriv datoene som dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminationResultDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="431"/>
        <source>Avtalen er sagt opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="435"/>
        <source>«%s» er sagt opp og gjelder til %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="441"/>
        <source>Disse prosjektavtalene skal fortsatt oppfylles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="444"/>
        <source>Ingen prosjektavtaler under avtalen må oppfylles videre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="448"/>
        <source>Prosjektavtaler som skal oppfylles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="450"/>
        <source>uten sluttdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="451"/>
        <source>%s (til %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/agreements.py" line="456"/>
        <source>Avsluttet sammen med avtalen: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearAmountsEditor</name>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="173"/>
        <source>innvilget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="200"/>
        <source>Legg til år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="202"/>
        <source>Fjern år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="264"/>
        <source>Ingen fordeling per år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="268"/>
        <source>Sum: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="271"/>
        <source>Sum: %s, %s: %s (differanse %s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearAmountsModel</name>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="105"/>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="105"/>
        <source>Beløp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="133"/>
        <source>et årstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="133"/>
        <source>et beløp i kroner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="134"/>
        <source>«%s» er ikke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="139"/>
        <source>Året %s er utenfor det programmet regner med (%s–%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="145"/>
        <source>%s står der allerede. Endre beløpet for det året.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/year_amounts.py" line="149"/>
        <source>Beløpet kan ikke være negativt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PageDialog</name>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="206"/>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="31"/>
        <source>Aktive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/admin.py" line="31"/>
        <source>Ikke aktive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="449"/>
        <source>Kan ikke slette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="450"/>
        <source>«%s» kan ikke slettes fordi %s viser til den. Fjern eller flytt dem først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="454"/>
        <source>Vil du slette «%s»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="457"/>
        <source>Dette sletter også %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="460"/>
        <source>%s mister koblingen hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="466"/>
        <location filename="../../kunnskapsapp/ui/form.py" line="469"/>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="468"/>
        <source>Slettingen kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/form.py" line="470"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="85"/>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="86"/>
        <source>Endre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kunnskapsapp/ui/pages/meetings.py" line="87"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
