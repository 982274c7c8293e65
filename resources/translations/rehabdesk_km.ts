<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="110" />
        <source>Back up now</source>
        <translation>បម្រុងទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="111" />
        <source>A verified copy of the database, now.</source>
        <translation>ច្បាប់ចម្លងមូលដ្ឋានទិន្នន័យដែលបានផ្ទៀងផ្ទាត់ ឥឡូវនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="112" />
        <source>Restore selected…</source>
        <translation>ស្ដារច្បាប់ដែលបានជ្រើស…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="114" />
        <source>Replace the database with the selected backup when RehabDesk closes; the current file is kept aside.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយច្បាប់បម្រុងទុកដែលបានជ្រើស នៅពេលបិទ RehabDesk។ ឯកសារបច្ចុប្បន្នត្រូវបានរក្សាទុកដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="117" />
        <source>&lt;h2&gt;Backups&lt;/h2&gt;&lt;p&gt;Folder: %1. RehabDesk backs up at the day's first start and at every close, and keeps every backup of the last two days and the newest of 14 days, 8 weeks and 12 months.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ការបម្រុងទុក&lt;/h2&gt;&lt;p&gt;ថត៖ %1។ RehabDesk បម្រុងទុកនៅពេលបើកលើកដំបូងប្រចាំថ្ងៃ និងរាល់ពេលបិទ ហើយរក្សាច្បាប់ទាំងអស់នៃពីរថ្ងៃចុងក្រោយ និងច្បាប់ថ្មីបំផុតនៃ ១៤ ថ្ងៃ ៨ សប្តាហ៍ និង ១២ ខែ។&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="143" />
        <source>Only administrators may manage backups.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចគ្រប់គ្រងការបម្រុងទុកបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="160" />
        <source>Backing up…</source>
        <translation>កំពុងបម្រុងទុក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="167" />
        <source>%1 backups</source>
        <translation>ច្បាប់បម្រុងទុក %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="172" />
        <location filename="../../rehabdesk/ui/administration_page.py" line="179" />
        <location filename="../../rehabdesk/ui/administration_page.py" line="184" />
        <source>RehabDesk</source>
        <translation type="unfinished">RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="180" />
        <source>Select the backup to restore first.</source>
        <translation>សូមជ្រើសច្បាប់បម្រុងទុកដែលត្រូវស្ដារជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="185" />
        <source>That backup is not verified; choose a verified one.</source>
        <translation>ច្បាប់បម្រុងទុកនោះមិនទាន់បានផ្ទៀងផ្ទាត់ទេ សូមជ្រើសច្បាប់ដែលបានផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="187" />
        <source>Restore backup</source>
        <translation>ស្ដារច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="188" />
        <source>Replace the database with the backup of %1? RehabDesk will close, restore, and keep the current file aside. Open RehabDesk again afterwards.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយច្បាប់បម្រុងទុកនៅ %1 ឬ? RehabDesk នឹងបិទ ស្ដារ ហើយរក្សាឯកសារបច្ចុប្បន្នទុកដោយឡែក។ បន្ទាប់មកសូមបើក RehabDesk ម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="48" />
        <source>When (UTC)</source>
        <translation type="unfinished">ពេលវេលា (UTC)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="49" />
        <source>Who</source>
        <translation type="unfinished">អ្នកណា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="50" />
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="51" />
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="52" />
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="94" />
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;កំណត់ហេតុសវនកម្ម&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="96" />
        <source>Only auditors and administrators may read the audit log.</source>
        <translation>មានតែសវនករ និងអ្នកគ្រប់គ្រងទេ ដែលអាចអានកំណត់ហេតុសវនកម្មបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="103" />
        <source>case number or name</source>
        <translation>លេខករណី ឬឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="104" />
        <source>Only entries about this person.</source>
        <translation>តែកំណត់ត្រាអំពីបុគ្គលនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="106" />
        <source>Only entries by a user whose name contains this.</source>
        <translation>តែកំណត់ត្រាដោយអ្នកប្រើដែលឈ្មោះមានពាក្យនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="108" />
        <source>any</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="115" />
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="116" />
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="117" />
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="123" />
        <source>From – to</source>
        <translation>ពី – ដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="124" />
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="125" />
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="165" />
        <source>Searching…</source>
        <translation type="unfinished">កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="170" />
        <source>%1 entries</source>
        <translation>%1 កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="173" />
        <source>Export the audit log</source>
        <translation>នាំចេញកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="174" />
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="181" />
        <source>The file could not be written (%1); choose another folder.</source>
        <translation>មិនអាចសរសេរឯកសារបានទេ (%1) សូមជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="184" />
        <source>Exported %1 entries to %2</source>
        <translation>បាននាំចេញ %1 កំណត់ត្រាទៅ %2</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="45" />
        <source>Taken (UTC)</source>
        <translation>ពេលថតចម្លង (UTC)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="46" />
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="47" />
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="48" />
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="49" />
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="83" />
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="83" />
        <source>DAMAGED</source>
        <translation>ខូច</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="84" />
        <source>unchecked</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>DetaineesPage</name>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="49" />
        <source>Search: Khmer or Latin name, case number, national id, inmate no. (Ctrl+F)</source>
        <translation>ស្វែងរក៖ ឈ្មោះខ្មែរ ឬឡាតាំង លេខករណី លេខអត្តសញ្ញាណប័ណ្ណ លេខអ្នកជាប់ឃុំ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="52" />
        <source>Type any part of a name or number. Spelling variants such as Sok/Sokh or Chhun/Chun are found too.</source>
        <translation>វាយផ្នែកណាមួយនៃឈ្មោះ ឬលេខ។ ការសរសេរខុសៗគ្នា ដូចជា Sok/Sokh ឬ Chhun/Chun ក៏រកឃើញដែរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="74" />
        <source>Double-click or press Enter to open the record.</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីបើកកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="109" />
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="123" />
        <source>1 person</source>
        <translation>មនុស្ស ១ នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="123" />
        <source>%1 people</source>
        <translation>មនុស្ស %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="125" />
        <source>%1+ matches of %2 — keep typing to narrow</source>
        <translation>រកឃើញ %1+ ក្នុងចំណោម %2 — សូមវាយបន្ថែមដើម្បីបង្រួម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="127" />
        <source>1 match of %2</source>
        <translation>រកឃើញ ១ ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="129" />
        <source>%1 matches of %2</source>
        <translation>រកឃើញ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="133" />
        <source>Search failed: %1</source>
        <translation>ការស្វែងរកបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="150" />
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
</context>
<context>
    <name>EpisodesTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="62" />
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="62" />
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="62" />
        <source>Transferred from</source>
        <translation>បញ្ជូនមកពី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="63" />
        <source>Transfer document</source>
        <translation>លិខិតបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="63" />
        <source>Escort</source>
        <translation>អ្នកអមដំណើរ</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="81" />
        <source>When (UTC)</source>
        <translation>ពេលវេលា (UTC)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="81" />
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="81" />
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="42" />
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="43" />
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="44" />
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="44" />
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="44" />
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="45" />
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="46" />
        <source>National id</source>
        <translation>លេខអត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="47" />
        <source>Origin prison</source>
        <translation>ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="48" />
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="49" />
        <source>Home address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="50" />
        <source>Home address (Khmer)</source>
        <translation>អាសយដ្ឋាន (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="51" />
        <source>Next of kin</source>
        <translation>សាច់ញាតិដែលត្រូវទាក់ទង</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="41" />
        <source>Detainees</source>
        <translation>អ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="42" />
        <source>Opening the centre database…</source>
        <translation>កំពុងបើកមូលដ្ឋានទិន្នន័យរបស់មជ្ឈមណ្ឌល…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="60" />
        <source>RehabDesk — %1 (%2)</source>
        <translation>RehabDesk — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="76" />
        <source>Signed in as %1 (%2) · Database: %3</source>
        <translation>បានចូលប្រើជា %1 (%2) · មូលដ្ឋានទិន្នន័យ៖ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="93" />
        <source>Intake</source>
        <translation>ការទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="93" />
        <source>Register arrivals by keyboard or from a transfer list, with a duplicate check while you type.</source>
        <translation>ចុះឈ្មោះអ្នកមកដល់ដោយក្តារចុច ឬពីបញ្ជីបញ្ជូន ដោយពិនិត្យឈ្មោះស្ទួនពេលកំពុងវាយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="95" />
        <source>Screening</source>
        <translation>ការពិនិត្យវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="95" />
        <source>WHO ASSIST, DAST-10, AUDIT, urine tests and the health screen, scored as published.</source>
        <translation>WHO ASSIST, DAST-10, AUDIT ការធ្វើតេស្តទឹកនោម និងការពិនិត្យសុខភាព ដាក់ពិន្ទុតាមឯកសារផ្លូវការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="97" />
        <source>Eligibility</source>
        <translation>លក្ខខណ្ឌចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="97" />
        <source>Who may be enrolled and why, with every reason and what is missing.</source>
        <translation>អ្នកណាអាចចូលកម្មវិធីបាន និងមូលហេតុ ព្រមទាំងអ្វីដែលនៅខ្វះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="99" />
        <source>Enrolment</source>
        <translation>ការចុះឈ្មោះចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="99" />
        <source>Beds, the waitlist and treatment programmes.</source>
        <translation>គ្រែ បញ្ជីរង់ចាំ និងកម្មវិធីព្យាបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="100" />
        <source>Vocational</source>
        <translation>វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="100" />
        <source>Industrial and agro-industrial training cohorts.</source>
        <translation>ក្រុមបណ្តុះបណ្តាលឧស្សាហកម្ម និងកសិ-ឧស្សាហកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="101" />
        <source>Releases</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="101" />
        <source>Release records, reintegration plans and follow-up at 1, 3, 6 and 12 months.</source>
        <translation>កំណត់ត្រាដោះលែង ផែនការធ្វើសមាហរណកម្ម និងការតាមដាននៅខែទី ១ ៣ ៦ និង ១២។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="103" />
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="103" />
        <source>Occupancy, admissions and outcome reports.</source>
        <translation>របាយការណ៍អំពីចំនួនអ្នកស្នាក់នៅ ការទទួលចូល និងលទ្ធផល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="104" />
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="104" />
        <source>The periodic export to headquarters on removable media.</source>
        <translation>ការនាំចេញទិន្នន័យទៅទីស្នាក់ការកណ្តាលជាប្រចាំ តាមឧបករណ៍ផ្ទុកចល័ត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="106" />
        <source>Administration</source>
        <translation>រដ្ឋបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="106" />
        <source>Users, policy, backups and settings.</source>
        <translation>អ្នកប្រើប្រាស់ គោលការណ៍ ការបម្រុងទុក និងការកំណត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="107" />
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="107" />
        <source>Who did what, when: for auditors and administrators.</source>
        <translation>អ្នកណាធ្វើអ្វី នៅពេលណា៖ សម្រាប់សវនករ និងអ្នកគ្រប់គ្រង។</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../rehabdesk/ui/placeholder_page.py" line="25" />
        <source>This page is not built yet.</source>
        <translation>ទំព័រនេះមិនទាន់បានបង្កើតនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="103" />
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="104" />
        <source>Episodes (%1)</source>
        <translation>ការស្នាក់នៅ (%1)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="106" />
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="56" />
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="60" />
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="64" />
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="68" />
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="72" />
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="76" />
        <source>Origin prison</source>
        <translation>ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="80" />
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="84" />
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="41" />
        <source>Sign in — %1</source>
        <translation>ចូលប្រើ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="42" />
        <source>Locked — %1</source>
        <translation>បានចាក់សោ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="45" />
        <source>Your RehabDesk user name.</source>
        <translation>ឈ្មោះអ្នកប្រើ RehabDesk របស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="49" />
        <source>Your password. Five wrong passwords lock the account for 15 minutes.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នក។ ពាក្យសម្ងាត់ខុសប្រាំដង នឹងចាក់សោគណនីរយៈពេល ១៥ នាទី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="58" />
        <source>The window was locked after a time without use. Enter your password to continue where you left off.</source>
        <translation>បង្អួចត្រូវបានចាក់សោ ដោយសារមិនបានប្រើមួយរយៈ។ សូមបញ្ចូលពាក្យសម្ងាត់ ដើម្បីបន្តការងារពីកន្លែងដែលបានទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="60" />
        <source>Sign in to work with the centre's records.</source>
        <translation>សូមចូលប្រើ ដើម្បីធ្វើការជាមួយកំណត់ត្រារបស់មជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="63" />
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="64" />
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="73" />
        <source>Demo centre: every user's password is &lt;b&gt;demo&lt;/b&gt; (admin, sokha.chan, dara.heng, thida.keo).</source>
        <translation>មជ្ឈមណ្ឌលសាកល្បង៖ ពាក្យសម្ងាត់របស់អ្នកប្រើគ្រប់គ្នាគឺ &lt;b&gt;demo&lt;/b&gt; (admin, sokha.chan, dara.heng, thida.keo)។</translation>
    </message>
</context>
</TS>