<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AddressPicker</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="194"/>
        <source>Home province: type part of its name in Khmer or Latin letters.</source>
        <translation>ខេត្តកំណើត៖ វាយផ្នែកមួយនៃឈ្មោះជាអក្សរខ្មែរ ឬអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="195"/>
        <source>Home district, inside the province chosen above.</source>
        <translation>ស្រុកកំណើត ក្នុងខេត្តដែលបានជ្រើសខាងលើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="196"/>
        <source>Home commune or sangkat, inside the district chosen above.</source>
        <translation>ឃុំ ឬសង្កាត់កំណើត ក្នុងស្រុកដែលបានជ្រើសខាងលើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="197"/>
        <source>Home village, inside the commune chosen above.</source>
        <translation>ភូមិកំណើត ក្នុងឃុំដែលបានជ្រើសខាងលើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="198"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="198"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="198"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="199"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="71"/>
        <source>Back up now</source>
        <translation>បម្រុងទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="72"/>
        <source>A verified copy of the database, now.</source>
        <translation>ច្បាប់ចម្លងមូលដ្ឋានទិន្នន័យដែលបានផ្ទៀងផ្ទាត់ ឥឡូវនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="73"/>
        <source>Restore selected…</source>
        <translation>ស្ដារច្បាប់ដែលបានជ្រើស…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="75"/>
        <source>Replace the database with the selected backup when RehabDesk closes; the current file is kept aside.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយច្បាប់បម្រុងទុកដែលបានជ្រើស នៅពេលបិទ RehabDesk។ ឯកសារបច្ចុប្បន្នត្រូវបានរក្សាទុកដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="78"/>
        <source>&lt;h2&gt;Backups&lt;/h2&gt;&lt;p&gt;Folder: %1. RehabDesk backs up at the day&apos;s first start and at every close, and keeps every backup of the last two days and the newest of 14 days, 8 weeks and 12 months.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ការបម្រុងទុក&lt;/h2&gt;&lt;p&gt;ថត៖ %1។ RehabDesk បម្រុងទុកនៅពេលបើកលើកដំបូងប្រចាំថ្ងៃ និងរាល់ពេលបិទ ហើយរក្សាច្បាប់ទាំងអស់នៃពីរថ្ងៃចុងក្រោយ និងច្បាប់ថ្មីបំផុតនៃ ១៤ ថ្ងៃ ៨ សប្តាហ៍ និង ១២ ខែ។&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="104"/>
        <source>Only administrators may manage backups.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចគ្រប់គ្រងការបម្រុងទុកបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="121"/>
        <source>Backing up…</source>
        <translation>កំពុងបម្រុងទុក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="128"/>
        <source>%1 backups</source>
        <translation>ច្បាប់បម្រុងទុក %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="133"/>
        <location filename="../../rehabdesk/ui/administration_page.py" line="140"/>
        <location filename="../../rehabdesk/ui/administration_page.py" line="145"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="141"/>
        <source>Select the backup to restore first.</source>
        <translation>សូមជ្រើសច្បាប់បម្រុងទុកដែលត្រូវស្ដារជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="146"/>
        <source>That backup is not verified; choose a verified one.</source>
        <translation>ច្បាប់បម្រុងទុកនោះមិនទាន់បានផ្ទៀងផ្ទាត់ទេ សូមជ្រើសច្បាប់ដែលបានផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="148"/>
        <source>Restore backup</source>
        <translation>ស្ដារច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="149"/>
        <source>Replace the database with the backup of %1? RehabDesk will close, restore, and keep the current file aside. Open RehabDesk again afterwards.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយច្បាប់បម្រុងទុកនៅ %1 ឬ? RehabDesk នឹងបិទ ស្ដារ ហើយរក្សាឯកសារបច្ចុប្បន្នទុកដោយឡែក។ បន្ទាប់មកសូមបើក RehabDesk ម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="40"/>
        <source>When (UTC)</source>
        <translation>ពេលវេលា (UTC)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="41"/>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="42"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="43"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="44"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="60"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;កំណត់ហេតុសវនកម្ម&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="62"/>
        <source>Only auditors and administrators may read the audit log.</source>
        <translation>មានតែសវនករ និងអ្នកគ្រប់គ្រងទេ ដែលអាចអានកំណត់ហេតុសវនកម្មបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="69"/>
        <source>case number or name</source>
        <translation>លេខករណី ឬឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="70"/>
        <source>Only entries about this person.</source>
        <translation>តែកំណត់ត្រាអំពីបុគ្គលនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="72"/>
        <source>Only entries by a user whose name contains this.</source>
        <translation>តែកំណត់ត្រាដោយអ្នកប្រើដែលឈ្មោះមានពាក្យនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="74"/>
        <source>any</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="81"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="82"/>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="83"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="89"/>
        <source>From – to</source>
        <translation>ពី – ដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="90"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="91"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="131"/>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="136"/>
        <source>%1 entries</source>
        <translation>%1 កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="139"/>
        <source>Export the audit log</source>
        <translation>នាំចេញកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="140"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="147"/>
        <source>The file could not be written (%1); choose another folder.</source>
        <translation>មិនអាចសរសេរឯកសារបានទេ (%1) សូមជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_page.py" line="150"/>
        <source>Exported %1 entries to %2</source>
        <translation>បាននាំចេញ %1 កំណត់ត្រាទៅ %2</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="36"/>
        <source>Taken (UTC)</source>
        <translation>ពេលថតចម្លង (UTC)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="37"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="38"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="39"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="40"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="47"/>
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="47"/>
        <source>DAMAGED</source>
        <translation>ខូច</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration_page.py" line="48"/>
        <source>unchecked</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>BelongingsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="240"/>
        <source>Item</source>
        <translation>របស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="240"/>
        <source>Quantity</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="240"/>
        <source>Condition</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/camera_dialog.py" line="21"/>
        <source>Take photo</source>
        <translation>ថតរូប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/camera_dialog.py" line="33"/>
        <source>&amp;Capture</source>
        <translation>&amp;ថត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/camera_dialog.py" line="34"/>
        <source>Take the picture now.</source>
        <translation>ថតរូបឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="91"/>
        <source>born %1</source>
        <translation>កើត %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="97"/>
        <source>%1% alike</source>
        <translation>ដូចគ្នា %1%</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="98"/>
        <source>How closely this record matches what you typed.</source>
        <translation>កំណត់ត្រានេះដូចនឹងអ្វីដែលអ្នកបានវាយប៉ុណ្ណា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="107"/>
        <source>Why this record was suggested.</source>
        <translation>មូលហេតុដែលកំណត់ត្រានេះត្រូវបានស្នើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="108"/>
        <source>&amp;Re-admit this person</source>
        <translation>&amp;ទទួលបុគ្គលនេះចូលម្តងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="110"/>
        <source>Open a new admission for this person instead of registering someone new.</source>
        <translation>បើកការចូលថ្មីសម្រាប់បុគ្គលនេះ ជំនួសឱ្យការចុះឈ្មោះមនុស្សថ្មី។</translation>
    </message>
</context>
<context>
    <name>DetaineesPage</name>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="59"/>
        <source>Search: Khmer or Latin name, case number, national id, inmate no. (Ctrl+F)</source>
        <translation>ស្វែងរក៖ ឈ្មោះខ្មែរ ឬឡាតាំង លេខករណី លេខអត្តសញ្ញាណប័ណ្ណ លេខអ្នកជាប់ឃុំ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="62"/>
        <source>Type any part of a name or number. Spelling variants such as Sok/Sokh or Chhun/Chun are found too.</source>
        <translation>វាយផ្នែកណាមួយនៃឈ្មោះ ឬលេខ។ ការសរសេរខុសៗគ្នា ដូចជា Sok/Sokh ឬ Chhun/Chun ក៏រកឃើញដែរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="84"/>
        <source>Double-click or press Enter to open the record.</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីបើកកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="86"/>
        <source>Print today&apos;s arrivals</source>
        <translation>បោះពុម្ពអ្នកមកដល់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="88"/>
        <source>The intake forms of everyone who arrived today, in one document.</source>
        <translation>ទម្រង់ទទួលចូលរបស់អ្នកមកដល់ថ្ងៃនេះទាំងអស់ ក្នុងឯកសារតែមួយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="126"/>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="140"/>
        <source>1 person</source>
        <translation>មនុស្ស ១ នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="140"/>
        <source>%1 people</source>
        <translation>មនុស្ស %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="142"/>
        <source>%1+ matches of %2 — keep typing to narrow</source>
        <translation>រកឃើញ %1+ ក្នុងចំណោម %2 — សូមវាយបន្ថែមដើម្បីបង្រួម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="144"/>
        <source>1 match of %2</source>
        <translation>រកឃើញ ១ ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="146"/>
        <source>%1 matches of %2</source>
        <translation>រកឃើញ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="150"/>
        <source>Search failed: %1</source>
        <translation>ការស្វែងរកបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="167"/>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="198"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/detainees_page.py" line="199"/>
        <source>Select a person in the list first.</source>
        <translation>សូមជ្រើសបុគ្គលម្នាក់ក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="137"/>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;</source>
        <translation>&lt;b&gt;កំណត់ត្រាដែលអាចស្ទួន&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="140"/>
        <source>&amp;Confirm new person</source>
        <translation>&amp;បញ្ជាក់ថាជាបុគ្គលថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="143"/>
        <source>None of these records is the person in front of you: register a new person (recorded in the audit log).</source>
        <translation>គ្មានកំណត់ត្រាណាមួយនេះជាបុគ្គលនៅមុខអ្នកទេ៖ ចុះឈ្មោះបុគ្គលថ្មី (កត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="175"/>
        <source>%1 record(s) look like this person. Re-admit one of them, or confirm that this is a new person.</source>
        <translation>មានកំណត់ត្រា %1 ដូចបុគ្គលនេះ។ ទទួលម្នាក់ក្នុងចំណោមពួកគេចូលម្តងទៀត ឬបញ្ជាក់ថានេះជាបុគ្គលថ្មី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="179"/>
        <source>No similar person on record.</source>
        <translation>មិនមានបុគ្គលស្រដៀងគ្នាក្នុងកំណត់ត្រាទេ។</translation>
    </message>
</context>
<context>
    <name>EpisodeFields</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="542"/>
        <source>dd/mm/yyyy</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="543"/>
        <source>The day the person arrived at the centre (dd/mm/yyyy); today unless registered late.</source>
        <translation>ថ្ងៃដែលបុគ្គលមកដល់មជ្ឈមណ្ឌល (ថ្ងៃ/ខែ/ឆ្នាំ)៖ ថ្ងៃនេះ លើកលែងតែចុះឈ្មោះយឺត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="546"/>
        <source>Where the person was transferred from.</source>
        <translation>កន្លែងដែលបុគ្គលត្រូវបានផ្ទេរមក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="548"/>
        <source>The number of the transfer order or letter.</source>
        <translation>លេខដីកា ឬលិខិតផ្ទេរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="551"/>
        <source>Who brought the person (name and unit).</source>
        <translation>អ្នកដែលនាំបុគ្គលមក (ឈ្មោះ និងអង្គភាព)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="556"/>
        <source>What the person brought: one line per item, with quantity and condition.</source>
        <translation>របស់ដែលបុគ្គលយកមក៖ មួយជួរក្នុងមួយរបស់ ជាមួយចំនួន និងស្ថានភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="567"/>
        <source>Add item</source>
        <translation>បន្ថែមរបស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="568"/>
        <source>Add a line to the belongings list (Ctrl+I).</source>
        <translation>បន្ថែមជួរមួយក្នុងបញ្ជីរបស់របរ (Ctrl+I)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="570"/>
        <source>Remove item</source>
        <translation>លុបរបស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="571"/>
        <source>Remove the selected line of the belongings list.</source>
        <translation>លុបជួរដែលបានជ្រើសចេញពីបញ្ជីរបស់របរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="580"/>
        <source>A&amp;rrived</source>
        <translation>&amp;មកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="581"/>
        <source>&amp;Transferred from</source>
        <translation>&amp;ផ្ទេរមកពី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="582"/>
        <source>Transfer &amp;document</source>
        <translation>&amp;លិខិតផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="583"/>
        <source>&amp;Escort</source>
        <translation>&amp;អ្នកនាំមក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="584"/>
        <source>Belon&amp;gings</source>
        <translation>&amp;របស់របរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="614"/>
        <source>Enter the arrival date.</source>
        <translation>បញ្ចូលថ្ងៃមកដល់។</translation>
    </message>
</context>
<context>
    <name>EpisodesTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="69"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="69"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="69"/>
        <source>Transferred from</source>
        <translation>បញ្ជូនមកពី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="70"/>
        <source>Transfer document</source>
        <translation>លិខិតបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="70"/>
        <source>Escort</source>
        <translation>អ្នកអមដំណើរ</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="88"/>
        <source>When (UTC)</source>
        <translation>ពេលវេលា (UTC)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="88"/>
        <source>What happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="331"/>
        <source>The name in Khmer script, as on the transfer papers.</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ ដូចក្នុងឯកសារផ្ទេរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="334"/>
        <source>The name in Latin letters, as on the transfer papers (any spelling: Sok or Sokh).</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង ដូចក្នុងឯកសារផ្ទេរ (អក្ខរាវិរុទ្ធណាក៏បាន៖ Sok ឬ Sokh)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="338"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="339"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="340"/>
        <source>Sex as recorded on the transfer papers (type M or F).</source>
        <translation>ភេទ ដូចក្នុងឯកសារផ្ទេរ (វាយ M ឬ F)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="342"/>
        <source>Exact date</source>
        <translation>ថ្ងៃខែឆ្នាំពិតប្រាកដ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="343"/>
        <source>Month and year</source>
        <translation>ខែ និងឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="344"/>
        <source>Year only</source>
        <translation>តែឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="345"/>
        <source>Estimated age</source>
        <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="348"/>
        <source>How much of the birth date is known.</source>
        <translation>ដឹងថ្ងៃខែឆ្នាំកំណើតប៉ុណ្ណា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="350"/>
        <source>The birth date, month, year or apparent age, as chosen on the left. Leave empty if unknown.</source>
        <translation>ថ្ងៃកំណើត ខែ ឆ្នាំ ឬអាយុប៉ាន់ស្មាន តាមការជ្រើសនៅខាងឆ្វេង។ ទុកទទេ បើមិនដឹង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="353"/>
        <source>The national identity card number, if any.</source>
        <translation>លេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ (បើមាន)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="355"/>
        <source>The prison the person comes from: choose from the list or type a new one.</source>
        <translation>ពន្ធនាគារដែលបុគ្គលមកពី៖ ជ្រើសពីបញ្ជី ឬវាយឈ្មោះថ្មី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="358"/>
        <source>The inmate number given by the origin prison.</source>
        <translation>លេខអ្នកទោសដែលពន្ធនាគារដើមបានផ្តល់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="361"/>
        <source>Name of the next of kin to contact.</source>
        <translation>ឈ្មោះសាច់ញាតិដែលត្រូវទាក់ទង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="363"/>
        <source>How the next of kin is related (mother, brother, wife…).</source>
        <translation>ទំនាក់ទំនងរបស់សាច់ញាតិ (ម្តាយ បងប្អូនប្រុស ប្រពន្ធ…)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="366"/>
        <source>The next of kin&apos;s telephone number.</source>
        <translation>លេខទូរស័ព្ទរបស់សាច់ញាតិ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="382"/>
        <source>Name (&amp;Khmer)</source>
        <translation>ឈ្មោះ (&amp;ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="383"/>
        <source>Name (&amp;Latin)</source>
        <translation>ឈ្មោះ (&amp;ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="384"/>
        <source>&amp;Sex</source>
        <translation>&amp;ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="385"/>
        <source>&amp;Born</source>
        <translation>&amp;ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="386"/>
        <source>National &amp;id</source>
        <translation>&amp;អត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="387"/>
        <source>&amp;Origin prison</source>
        <translation>&amp;ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="388"/>
        <source>Inmate n&amp;o.</source>
        <translation>&amp;លេខអ្នកទោស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="389"/>
        <source>Home &amp;address</source>
        <translation>&amp;អាសយដ្ឋានកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="391"/>
        <source>Next of &amp;kin</source>
        <translation>&amp;សាច់ញាតិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="392"/>
        <source>Relation</source>
        <translation>ត្រូវជា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="393"/>
        <source>&amp;Phone</source>
        <translation>&amp;ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="417"/>
        <source>dd/mm/yyyy</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="418"/>
        <source>mm/yyyy</source>
        <translation>ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="419"/>
        <source>yyyy</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="420"/>
        <source>age in years</source>
        <translation>អាយុគិតជាឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="457"/>
        <source>Enter the name in Khmer script or in Latin letters (or both).</source>
        <translation>បញ្ចូលឈ្មោះជាអក្សរខ្មែរ ឬអក្សរឡាតាំង (ឬទាំងពីរ)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_form.py" line="459"/>
        <source>Choose the sex (type M or F).</source>
        <translation>ជ្រើសភេទ (វាយ M ឬ F)។</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/identity_editor.py" line="57"/>
        <source>&amp;Edit identity</source>
        <translation>&amp;កែអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/identity_editor.py" line="59"/>
        <source>Correct the person&apos;s identity; every change is recorded in the history.</source>
        <translation>កែតម្រូវអត្តសញ្ញាណរបស់បុគ្គល៖ រាល់ការផ្លាស់ប្តូរត្រូវបានកត់ត្រាក្នុងប្រវត្តិ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/identity_editor.py" line="62"/>
        <source>&amp;Save changes</source>
        <translation>&amp;រក្សាទុកការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/identity_editor.py" line="64"/>
        <source>Save the corrected identity (Ctrl+S).</source>
        <translation>រក្សាទុកអត្តសញ្ញាណដែលបានកែតម្រូវ (Ctrl+S)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/identity_editor.py" line="65"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/identity_editor.py" line="66"/>
        <source>Leave the identity as it was (Esc).</source>
        <translation>ទុកអត្តសញ្ញាណដូចដើម (Esc)។</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="49"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="50"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="51"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="51"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="51"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="52"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="53"/>
        <source>National id</source>
        <translation>លេខអត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="54"/>
        <source>Origin prison</source>
        <translation>ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="55"/>
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="56"/>
        <source>Home address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="57"/>
        <source>Home address (Khmer)</source>
        <translation>អាសយដ្ឋាន (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="58"/>
        <source>Next of kin</source>
        <translation>សាច់ញាតិដែលត្រូវទាក់ទង</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="232"/>
        <location filename="../../rehabdesk/ui/intake_page.py" line="525"/>
        <source>No photo</source>
        <translation>គ្មានរូបថត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="237"/>
        <source>The person&apos;s photo, stored with the record.</source>
        <translation>រូបថតរបស់បុគ្គល រក្សាទុកជាមួយកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="238"/>
        <source>Photo from &amp;file…</source>
        <translation>រូបថតពី&amp;ឯកសារ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="239"/>
        <source>Choose a picture file; it is scaled to 600 pixels and stored as JPEG.</source>
        <translation>ជ្រើសឯកសាររូបភាព៖ វាត្រូវបានបង្រួមមក 600 ភីកសែល ហើយរក្សាទុកជា JPEG។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="241"/>
        <source>Take photo…</source>
        <translation>ថតរូប…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="242"/>
        <source>Take the photo with the workstation&apos;s camera.</source>
        <translation>ថតរូបដោយកាមេរ៉ារបស់កុំព្យូទ័រ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="245"/>
        <source>Import transfer list…</source>
        <translation>នាំចូលបញ្ជីផ្ទេរ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="247"/>
        <source>Register everyone on a prison&apos;s transfer list (Excel or CSV) at once, with a preview.</source>
        <translation>ចុះឈ្មោះអ្នកទាំងអស់ក្នុងបញ្ជីផ្ទេររបស់ពន្ធនាគារ (Excel ឬ CSV) ក្នុងពេលតែមួយ ដោយមើលជាមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="249"/>
        <source>New form</source>
        <translation>ទម្រង់ថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="250"/>
        <source>Clear the form for the next arrival (Ctrl+N).</source>
        <translation>សម្អាតទម្រង់សម្រាប់អ្នកមកដល់បន្ទាប់ (Ctrl+N)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="251"/>
        <source>&amp;Save</source>
        <translation>&amp;រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="253"/>
        <location filename="../../rehabdesk/ui/intake_page.py" line="374"/>
        <source>Register this person and their arrival (Ctrl+S). Enabled once the form is complete.</source>
        <translation>ចុះឈ្មោះបុគ្គលនេះ និងការមកដល់របស់គាត់ (Ctrl+S)។ អាចចុចបាន នៅពេលទម្រង់បំពេញរួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="294"/>
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="303"/>
        <source>Arrival</source>
        <translation>ការមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="326"/>
        <source>&lt;h2&gt;New arrival&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;អ្នកមកដល់ថ្មី&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="370"/>
        <source>Possible duplicates are shown: re-admit one of them or click &quot;Confirm new person&quot; first.</source>
        <translation>មានកំណត់ត្រាដែលអាចស្ទួន៖ ទទួលម្នាក់ក្នុងចំណោមពួកគេចូលម្តងទៀត ឬចុច &quot;បញ្ជាក់ថាជាបុគ្គលថ្មី&quot; ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="422"/>
        <source>The duplicate check failed: %1</source>
        <translation>ការពិនិត្យកំណត់ត្រាស្ទួនបានបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="431"/>
        <source>Possible duplicates are shown: re-admit one of them or confirm that this is a new person.</source>
        <translation>មានកំណត់ត្រាដែលអាចស្ទួន៖ ទទួលម្នាក់ក្នុងចំណោមពួកគេចូលម្តងទៀត ឬបញ្ជាក់ថានេះជាបុគ្គលថ្មី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="448"/>
        <source>Registered %1 as case %2.</source>
        <translation>បានចុះឈ្មោះ %1 ជាករណីលេខ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="465"/>
        <source>Re-admitted %1 as case %2.</source>
        <translation>បានទទួល %1 ចូលម្តងទៀត ជាករណីលេខ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="498"/>
        <source>Choose the person&apos;s photo</source>
        <translation>ជ្រើសរូបថតរបស់បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="499"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>រូបភាព (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="506"/>
        <source>That file is not a picture RehabDesk can read; choose a JPEG or PNG file.</source>
        <translation>ឯកសារនោះមិនមែនជារូបភាពដែល RehabDesk អាចអានបានទេ៖ ជ្រើសឯកសារ JPEG ឬ PNG។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake_page.py" line="584"/>
        <source>Restored the unsaved form from %1.</source>
        <translation>បានស្តារទម្រង់ដែលមិនទាន់រក្សាទុក ពី %1។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="43"/>
        <source>Detainees</source>
        <translation>អ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="44"/>
        <source>Opening the centre database…</source>
        <translation>កំពុងបើកមូលដ្ឋានទិន្នន័យរបស់មជ្ឈមណ្ឌល…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="62"/>
        <source>RehabDesk — %1 (%2)</source>
        <translation>RehabDesk — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="84"/>
        <source>Signed in as %1 (%2) · Database: %3</source>
        <translation>បានចូលប្រើជា %1 (%2) · មូលដ្ឋានទិន្នន័យ៖ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="110"/>
        <source>Intake</source>
        <translation>ការទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="110"/>
        <source>Register arrivals by keyboard or from a transfer list, with a duplicate check while you type.</source>
        <translation>ចុះឈ្មោះអ្នកមកដល់ដោយក្តារចុច ឬពីបញ្ជីបញ្ជូន ដោយពិនិត្យឈ្មោះស្ទួនពេលកំពុងវាយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="112"/>
        <source>Screening</source>
        <translation>ការពិនិត្យវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="112"/>
        <source>WHO ASSIST, DAST-10, AUDIT, urine tests and the health screen, scored as published.</source>
        <translation>WHO ASSIST, DAST-10, AUDIT ការធ្វើតេស្តទឹកនោម និងការពិនិត្យសុខភាព ដាក់ពិន្ទុតាមឯកសារផ្លូវការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="114"/>
        <source>Eligibility</source>
        <translation>លក្ខខណ្ឌចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="114"/>
        <source>Who may be enrolled and why, with every reason and what is missing.</source>
        <translation>អ្នកណាអាចចូលកម្មវិធីបាន និងមូលហេតុ ព្រមទាំងអ្វីដែលនៅខ្វះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="116"/>
        <source>Enrolment</source>
        <translation>ការចុះឈ្មោះចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="116"/>
        <source>Beds, the waitlist and treatment programmes.</source>
        <translation>គ្រែ បញ្ជីរង់ចាំ និងកម្មវិធីព្យាបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="117"/>
        <source>Vocational</source>
        <translation>វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="117"/>
        <source>Industrial and agro-industrial training cohorts.</source>
        <translation>ក្រុមបណ្តុះបណ្តាលឧស្សាហកម្ម និងកសិ-ឧស្សាហកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="118"/>
        <source>Releases</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="118"/>
        <source>Release records, reintegration plans and follow-up at 1, 3, 6 and 12 months.</source>
        <translation>កំណត់ត្រាដោះលែង ផែនការធ្វើសមាហរណកម្ម និងការតាមដាននៅខែទី ១ ៣ ៦ និង ១២។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="120"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="120"/>
        <source>Occupancy, admissions and outcome reports.</source>
        <translation>របាយការណ៍អំពីចំនួនអ្នកស្នាក់នៅ ការទទួលចូល និងលទ្ធផល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="121"/>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="121"/>
        <source>The periodic export to headquarters on removable media.</source>
        <translation>ការនាំចេញទិន្នន័យទៅទីស្នាក់ការកណ្តាលជាប្រចាំ តាមឧបករណ៍ផ្ទុកចល័ត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="123"/>
        <source>Administration</source>
        <translation>រដ្ឋបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="123"/>
        <source>Users, policy, backups and settings.</source>
        <translation>អ្នកប្រើប្រាស់ គោលការណ៍ ការបម្រុងទុក និងការកំណត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="124"/>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/main_window.py" line="124"/>
        <source>Who did what, when: for auditors and administrators.</source>
        <translation>អ្នកណាធ្វើអ្វី នៅពេលណា៖ សម្រាប់សវនករ និងអ្នកគ្រប់គ្រង។</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="40"/>
        <source>Merge with another record</source>
        <translation>បញ្ចូលជាមួយកំណត់ត្រាផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="45"/>
        <source>Find the other record of %1. Its admissions and everything recorded about it move to this record, and it is removed.</source>
        <translation>ស្វែងរកកំណត់ត្រាមួយទៀតរបស់ %1។ ការចូល និងអ្វីៗទាំងអស់ដែលបានកត់ត្រាអំពីវា នឹងផ្លាស់មកកំណត់ត្រានេះ ហើយវានឹងត្រូវលុប។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="50"/>
        <source>Name, case number, national id or inmate number of the other record.</source>
        <translation>ឈ្មោះ លេខករណី លេខអត្តសញ្ញាណប័ណ្ណ ឬលេខអ្នកទោស នៃកំណត់ត្រាមួយទៀត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="53"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="53"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="54"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="54"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="60"/>
        <source>Choose the record to merge into this one.</source>
        <translation>ជ្រើសកំណត់ត្រាដែលត្រូវបញ្ចូលមកក្នុងកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="62"/>
        <source>Why both records are the same person (for example: same thumbprint, same national id).</source>
        <translation>មូលហេតុដែលកំណត់ត្រាទាំងពីរជាបុគ្គលតែមួយ (ឧទាហរណ៍៖ ស្នាមមេដៃដូចគ្នា លេខអត្តសញ្ញាណប័ណ្ណដូចគ្នា)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="65"/>
        <source>&amp;Merge</source>
        <translation>&amp;បញ្ចូលគ្នា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="67"/>
        <source>Merge the chosen record into this one.</source>
        <translation>បញ្ចូលកំណត់ត្រាដែលបានជ្រើស មកក្នុងកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="69"/>
        <source>&amp;Find</source>
        <translation>&amp;ស្វែងរក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="70"/>
        <source>&amp;Reason</source>
        <translation>&amp;មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="112"/>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="120"/>
        <source>Merge</source>
        <translation>បញ្ចូលគ្នា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/merge_dialog.py" line="113"/>
        <source>Find and choose the other record first.</source>
        <translation>ស្វែងរក ហើយជ្រើសកំណត់ត្រាមួយទៀតជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>PaperworkPrinter</name>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="198"/>
        <source>Intake form</source>
        <translation>ទម្រង់ទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="199"/>
        <source>Consent to treatment</source>
        <translation>លិខិតយល់ព្រមព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="200"/>
        <source>Screening summary</source>
        <translation>សេចក្តីសង្ខេបការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="211"/>
        <source>Intake form (blank)</source>
        <translation>ទម្រង់ទទួលជនចូលមណ្ឌល (ទទេ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="216"/>
        <source>Arrivals of %1</source>
        <translation>អ្នកមកដល់ថ្ងៃទី %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="224"/>
        <source>Import report — %1</source>
        <translation>របាយការណ៍នាំចូល — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="263"/>
        <source>Printing</source>
        <translation>ការបោះពុម្ព</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../rehabdesk/ui/placeholder_page.py" line="25"/>
        <source>This page is not built yet.</source>
        <translation>ទំព័រនេះមិនទាន់បានបង្កើតនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="56"/>
        <source>Print preview — %1</source>
        <translation>មើលមុនពេលបោះពុម្ព — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="77"/>
        <source>1 page</source>
        <translation>១ ទំព័រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="77"/>
        <source>%1 pages</source>
        <translation>%1 ទំព័រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;បោះពុម្ព…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="83"/>
        <source>Choose a printer and print these pages (Ctrl+P).</source>
        <translation>ជ្រើសម៉ាស៊ីនបោះពុម្ព ហើយបោះពុម្ពទំព័រទាំងនេះ (Ctrl+P)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="85"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="86"/>
        <source>Keep these pages as a PDF file (Ctrl+S).</source>
        <translation>រក្សាទំព័រទាំងនេះទុកជាឯកសារ PDF (Ctrl+S)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="107"/>
        <location filename="../../rehabdesk/ui/print_preview.py" line="115"/>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="123"/>
        <source>%1 could not be written (%2); choose another folder or name.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ (%2)។ សូមជ្រើសថត ឬឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="140"/>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/print_preview.py" line="157"/>
        <source>The printer could not be opened; check that it is on and connected, then try again.</source>
        <translation>មិនអាចបើកម៉ាស៊ីនបោះពុម្ពបានទេ។ សូមពិនិត្យថាវាបានបើក និងបានភ្ជាប់ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="128"/>
        <location filename="../../rehabdesk/ui/record_view.py" line="130"/>
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="131"/>
        <source>Episodes (%1)</source>
        <translation>ការស្នាក់នៅ (%1)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="134"/>
        <location filename="../../rehabdesk/ui/record_view.py" line="180"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="135"/>
        <source>Legal</source>
        <translation>ផ្លូវច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="135"/>
        <source>Screening</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="135"/>
        <source>Treatment</source>
        <translation>ការព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="136"/>
        <source>Vocational</source>
        <translation>វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="136"/>
        <source>Release</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="136"/>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="137"/>
        <source>Not recorded yet.</source>
        <translation>មិនទាន់បានកត់ត្រានៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="146"/>
        <source>Intake form</source>
        <translation>ទម្រង់ទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="147"/>
        <source>Consent to treatment</source>
        <translation>លិខិតយល់ព្រមព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="148"/>
        <source>Screening summary</source>
        <translation>សេចក្តីសង្ខេបការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="155"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="157"/>
        <source>Preview a form of case %1, then print or save it.</source>
        <translation>មើលទម្រង់នៃករណី %1 ជាមុន រួចបោះពុម្ព ឬរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="162"/>
        <source>Merge with…</source>
        <translation>បញ្ចូលជាមួយ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record_view.py" line="164"/>
        <source>This person has a second record: move its admissions here and remove it (supervisors).</source>
        <translation>បុគ្គលនេះមានកំណត់ត្រាទីពីរ៖ ផ្លាស់ការចូលរបស់វាមកទីនេះ ហើយលុបវាចោល (អ្នកគ្រប់គ្រង)។</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="56"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="60"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="64"/>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="68"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="72"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="76"/>
        <source>Origin prison</source>
        <translation>ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="80"/>
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register_model.py" line="84"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="248"/>
        <source>imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="249"/>
        <source>skipped</source>
        <translation>បានរំលង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="261"/>
        <source>Row</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="261"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="261"/>
        <source>Case no. or reason</source>
        <translation>លេខករណី ឬមូលហេតុ</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="41"/>
        <source>Sign in — %1</source>
        <translation>ចូលប្រើ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="42"/>
        <source>Locked — %1</source>
        <translation>បានចាក់សោ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="45"/>
        <source>Your RehabDesk user name.</source>
        <translation>ឈ្មោះអ្នកប្រើ RehabDesk របស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="49"/>
        <source>Your password. Five wrong passwords lock the account for 15 minutes.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នក។ ពាក្យសម្ងាត់ខុសប្រាំដង នឹងចាក់សោគណនីរយៈពេល ១៥ នាទី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="58"/>
        <source>The window was locked after a time without use. Enter your password to continue where you left off.</source>
        <translation>បង្អួចត្រូវបានចាក់សោ ដោយសារមិនបានប្រើមួយរយៈ។ សូមបញ្ចូលពាក្យសម្ងាត់ ដើម្បីបន្តការងារពីកន្លែងដែលបានទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="60"/>
        <source>Sign in to work with the centre&apos;s records.</source>
        <translation>សូមចូលប្រើ ដើម្បីធ្វើការជាមួយកំណត់ត្រារបស់មជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="63"/>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="64"/>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/sign_in_dialog.py" line="73"/>
        <source>Demo centre: every user&apos;s password is &lt;b&gt;demo&lt;/b&gt; (admin, sokha.chan, dara.heng, thida.keo).</source>
        <translation>មជ្ឈមណ្ឌលសាកល្បង៖ ពាក្យសម្ងាត់របស់អ្នកប្រើគ្រប់គ្នាគឺ &lt;b&gt;demo&lt;/b&gt; (admin, sokha.chan, dara.heng, thida.keo)។</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="279"/>
        <source>Import a transfer list</source>
        <translation>នាំចូលបញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="291"/>
        <source>The transfer list: an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>បញ្ជីផ្ទេរ៖ ឯកសារ Excel (.xlsx) ឬឯកសារ CSV។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="293"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;ជ្រើសឯកសារ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="294"/>
        <source>Find the transfer list on this computer or a USB stick.</source>
        <translation>ស្វែងរកបញ្ជីផ្ទេរនៅលើកុំព្យូទ័រនេះ ឬក្នុង USB។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="298"/>
        <source>The prison that sent the list; its column layout is remembered for next time.</source>
        <translation>ពន្ធនាគារដែលបានផ្ញើបញ្ជី៖ ការរៀបចំជួរឈររបស់វានឹងត្រូវចងចាំសម្រាប់លើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="301"/>
        <source>Save an empty &amp;template…</source>
        <translation>រក្សាទុក&amp;គំរូទទេ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="302"/>
        <source>A spreadsheet with the expected columns, to send to a prison.</source>
        <translation>តារាងដែលមានជួរឈរត្រូវការ សម្រាប់ផ្ញើទៅពន្ធនាគារ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="309"/>
        <source>Transfer &amp;list</source>
        <translation>&amp;បញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="310"/>
        <source>From &amp;prison</source>
        <translation>ពី&amp;ពន្ធនាគារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="323"/>
        <source>Say what each column of the sheet holds. Columns set to &quot;ignore&quot; are not imported.</source>
        <translation>ប្រាប់ថាជួរឈរនីមួយៗនៃតារាងមានអ្វី។ ជួរឈរដែលកំណត់ជា &quot;មិនយក&quot; នឹងមិនត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="342"/>
        <source>Tick the rows to import (Space); for a possible duplicate choose what to do (F2).</source>
        <translation>គូសជួរដែលត្រូវនាំចូល (Space)៖ សម្រាប់កំណត់ត្រាដែលអាចស្ទួន ជ្រើសអ្វីដែលត្រូវធ្វើ (F2)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="368"/>
        <source>&amp;Print…</source>
        <translation>&amp;បោះពុម្ព…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="370"/>
        <source>Preview and print the report, to file with the prison&apos;s paper list.</source>
        <translation>មើលជាមុន និងបោះពុម្ពរបាយការណ៍ ដើម្បីរក្សាទុកជាមួយបញ្ជីក្រដាសរបស់ពន្ធនាគារ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="372"/>
        <source>Save as &amp;CSV…</source>
        <translation>រក្សាទុកជា &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="373"/>
        <source>Keep the report as a spreadsheet file.</source>
        <translation>រក្សាទុករបាយការណ៍ជាឯកសារតារាង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="389"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;ថយក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="390"/>
        <source>Return to the previous step.</source>
        <translation>ត្រឡប់ទៅជំហានមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="391"/>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="428"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;បន្ទាប់ &gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="393"/>
        <source>Go to the next step; nothing is written yet.</source>
        <translation>ទៅជំហានបន្ទាប់៖ មិនទាន់មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="395"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="396"/>
        <source>Stop without importing anything (Esc).</source>
        <translation>ឈប់ដោយមិននាំចូលអ្វីទាំងអស់ (Esc)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="422"/>
        <source>&lt;b&gt;1 of 4&lt;/b&gt; · Choose the transfer list</source>
        <translation>&lt;b&gt;1 នៃ 4&lt;/b&gt; · ជ្រើសបញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="423"/>
        <source>&lt;b&gt;2 of 4&lt;/b&gt; · Match the columns</source>
        <translation>&lt;b&gt;2 នៃ 4&lt;/b&gt; · ផ្គូផ្គងជួរឈរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="424"/>
        <source>&lt;b&gt;3 of 4&lt;/b&gt; · Check every row</source>
        <translation>&lt;b&gt;3 នៃ 4&lt;/b&gt; · ពិនិត្យជួរនីមួយៗ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="425"/>
        <source>&lt;b&gt;4 of 4&lt;/b&gt; · Report</source>
        <translation>&lt;b&gt;4 នៃ 4&lt;/b&gt; · របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="428"/>
        <source>&amp;Import</source>
        <translation>&amp;នាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="429"/>
        <source>&amp;Close</source>
        <translation>&amp;បិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="459"/>
        <source>Choose the transfer list</source>
        <translation>ជ្រើសបញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="460"/>
        <source>Transfer lists (*.xlsx *.csv)</source>
        <translation>បញ្ជីផ្ទេរ (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="465"/>
        <source>Save an empty template</source>
        <translation>រក្សាទុកគំរូទទេ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="467"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="478"/>
        <source>Choose the transfer list file first.</source>
        <translation>ជ្រើសឯកសារបញ្ជីផ្ទេរជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="501"/>
        <source>ignore</source>
        <translation>មិនយក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="505"/>
        <source>What the column &quot;%1&quot; holds.</source>
        <translation>អ្វីដែលជួរឈរ &quot;%1&quot; មាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="542"/>
        <source>%1 rows: %2 ok, %3 possible duplicates, %4 invalid. %5 will be imported.</source>
        <translation>%1 ជួរ៖ ត្រឹមត្រូវ %2 អាចស្ទួន %3 មិនត្រឹមត្រូវ %4។ នឹងនាំចូល %5។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="553"/>
        <source>Tick at least one row to import.</source>
        <translation>គូសយ៉ាងហោចណាស់មួយជួរដើម្បីនាំចូល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="562"/>
        <source>Nothing was imported: %1</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="568"/>
        <source>%1 imported, %2 skipped.</source>
        <translation>បាននាំចូល %1 បានរំលង %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="577"/>
        <source>Save the import report</source>
        <translation>រក្សាទុករបាយការណ៍នាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="578"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="586"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
</context>
<context>
    <name>TransferRowsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="94"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="94"/>
        <source>Row</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="94"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="94"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="95"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="95"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="95"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="95"/>
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="96"/>
        <source>Problems and possible duplicates</source>
        <translation>បញ្ហា និងកំណត់ត្រាដែលអាចស្ទួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="96"/>
        <source>What to do</source>
        <translation>អ្វីដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="111"/>
        <source>ok</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="111"/>
        <source>possible duplicate</source>
        <translation>អាចស្ទួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="112"/>
        <source>invalid</source>
        <translation>មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="124"/>
        <source>Skip this row</source>
        <translation>រំលងជួរនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="126"/>
        <source>Re-admit %1 (%2)</source>
        <translation>ទទួល %1 ចូលម្តងទៀត (%2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="129"/>
        <source>Register as a new person</source>
        <translation>ចុះឈ្មោះជាបុគ្គលថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="134"/>
        <source>Cannot be imported</source>
        <translation>មិនអាចនាំចូលបានទេ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="136"/>
        <source>Register</source>
        <translation>ចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/transfer_import_dialog.py" line="136"/>
        <source>Skip</source>
        <translation>រំលង</translation>
    </message>
</context>
</TS>
