<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>About</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/about.py" line="26"/>
        <source>run from source</source>
        <translation>ដំណើរការពីកូដប្រភព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/about.py" line="27"/>
        <source>&lt;h3&gt;RehabDesk %1&lt;/h3&gt;&lt;p&gt;Database schema: %2&lt;br&gt;Built: %3&lt;/p&gt;&lt;p&gt;Case management for drug education and correction centres.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RehabDesk %1&lt;/h3&gt;&lt;p&gt;គ្រោងទិន្នន័យ៖ %2&lt;br&gt;កាលបរិច្ឆេទបង្កើត៖ %3&lt;/p&gt;&lt;p&gt;កម្មវិធីគ្រប់គ្រងករណីសម្រាប់មជ្ឈមណ្ឌលអប់រំ និងកែប្រែអ្នកញៀនគ្រឿងញៀន។&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/about.py" line="34"/>
        <source>About RehabDesk</source>
        <translation>អំពី RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/about.py" line="52"/>
        <source>What is new in RehabDesk %1</source>
        <translation>អ្វីដែលថ្មីនៅក្នុង RehabDesk %1</translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="143"/>
        <source>Home province: type part of its name in Khmer or Latin letters.</source>
        <translation>ខេត្ត/រាជធានី៖ វាយផ្នែកមួយនៃឈ្មោះជាអក្សរខ្មែរ ឬអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="144"/>
        <source>Home district, inside the province chosen above.</source>
        <translation>ស្រុក/ខណ្ឌ/ក្រុង ក្នុងខេត្ត/រាជធានីដែលបានជ្រើសខាងលើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="145"/>
        <source>Home commune or sangkat, inside the district chosen above.</source>
        <translation>ឃុំ/សង្កាត់ ក្នុងស្រុក/ខណ្ឌ/ក្រុងដែលបានជ្រើសខាងលើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="146"/>
        <source>Home village, inside the commune chosen above.</source>
        <translation>ភូមិ ក្នុងឃុំ/សង្កាត់ដែលបានជ្រើសខាងលើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="147"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="147"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="147"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/address_picker.py" line="148"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="92"/>
        <source>Back up now</source>
        <translation>បម្រុងទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="93"/>
        <source>A verified copy of the database, now.</source>
        <translation>ច្បាប់ចម្លងមូលដ្ឋានទិន្នន័យដែលបានផ្ទៀងផ្ទាត់ ឥឡូវនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="94"/>
        <source>Restore selected…</source>
        <translation>ស្ដារច្បាប់ដែលបានជ្រើស…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="96"/>
        <source>Replace the database with the selected backup when RehabDesk closes; the current file is kept aside.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយច្បាប់បម្រុងទុកដែលបានជ្រើស នៅពេលបិទ RehabDesk។ ឯកសារបច្ចុប្បន្នត្រូវបានរក្សាទុកដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="99"/>
        <source>&lt;h2&gt;Backups&lt;/h2&gt;&lt;p&gt;Folder: %1. RehabDesk backs up at the day&apos;s first start and at every close, and keeps every backup of the last two days and the newest of 14 days, 8 weeks and 12 months.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ការបម្រុងទុក&lt;/h2&gt;&lt;p&gt;ថត៖ %1។ RehabDesk បម្រុងទុកនៅពេលបើកលើកដំបូងប្រចាំថ្ងៃ និងរាល់ពេលបិទ ហើយរក្សាច្បាប់ទាំងអស់នៃពីរថ្ងៃចុងក្រោយ និងច្បាប់ថ្មីបំផុតនៃ ១៤ ថ្ងៃ ៨ សប្ដាហ៍ និង ១២ ខែ។&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="113"/>
        <source>Choose backup drive…</source>
        <translation>ជ្រើសដ្រាយបម្រុងទុក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="114"/>
        <source>A folder on a removable drive that receives a copy of every backup.</source>
        <translation>ថតមួយនៅលើដ្រាយចល័ត ដែលទទួលច្បាប់ចម្លងនៃការបម្រុងទុកនីមួយៗ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="116"/>
        <source>No backup drive</source>
        <translation>គ្មានដ្រាយបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="124"/>
        <source>Print a new recovery sheet…</source>
        <translation>បោះពុម្ពសន្លឹកសង្គ្រោះថ្មី…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="126"/>
        <source>A new recovery key and its sheet; the previous sheet stops working.</source>
        <translation>កូនសោសង្គ្រោះថ្មី និងសន្លឹករបស់វា។ សន្លឹកមុនឈប់ប្រើបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="136"/>
        <source>&lt;h2&gt;Encryption&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ការអ៊ិនគ្រីប&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/install.py" line="57"/>
        <source>Programmes, dormitories and waitlist weights…</source>
        <translation>កម្មវិធី អន្តេវាសិកដ្ឋាន និងមេគុណអាទិភាពនៃបញ្ជីរង់ចាំ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/install.py" line="59"/>
        <source>Treatment programmes, dormitories with their beds, session types and the waitlist priority weights.</source>
        <translation>កម្មវិធីព្យាបាល អន្តេវាសិកដ្ឋាន និងគ្រែ ប្រភេទវគ្គ និងមេគុណអាទិភាពនៃបញ្ជីរង់ចាំ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/install.py" line="53"/>
        <source>Eligibility policy…</source>
        <translation>គោលការណ៍លក្ខណៈសម្បត្តិ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/install.py" line="54"/>
        <source>The rules&apos; parameters and their versions; administrators change them with a reason, and everyone is re-evaluated.</source>
        <translation>ប៉ារ៉ាម៉ែត្រនៃលក្ខខណ្ឌ និងកំណែរបស់វា។ អ្នកគ្រប់គ្រងប្រព័ន្ធផ្លាស់ប្ដូរវាដោយមានមូលហេតុ ហើយមនុស្សគ្រប់គ្នាត្រូវបានវាយតម្លៃឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="166"/>
        <source>Only administrators may manage backups.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេ ដែលអាចគ្រប់គ្រងការបម្រុងទុកបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="181"/>
        <source>Backing up…</source>
        <translation>កំពុងបម្រុងទុក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="188"/>
        <source>%1 backups</source>
        <translation>ច្បាប់បម្រុងទុក %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="195"/>
        <source>Backup drive: none chosen. Choose a folder on a removable drive to keep a second copy away from this computer.</source>
        <translation>ដ្រាយបម្រុងទុក៖ មិនទាន់ជ្រើស។ សូមជ្រើសថតមួយនៅលើដ្រាយចល័ត ដើម្បីរក្សាច្បាប់ចម្លងទីពីរ ឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="199"/>
        <source>Backup drive: %1 (connected).</source>
        <translation>ដ្រាយបម្រុងទុក៖ %1 (បានភ្ជាប់)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="202"/>
        <source>Backup drive: %1 is not connected; plug the drive in before the next backup.</source>
        <translation>ដ្រាយបម្រុងទុក៖ %1 មិនបានភ្ជាប់ទេ។ សូមដោតដ្រាយ មុនការបម្រុងទុកលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="208"/>
        <source>Backup drive folder</source>
        <translation>ថតនៅលើដ្រាយបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="216"/>
        <location filename="../../rehabdesk/ui/administration/page.py" line="218"/>
        <location filename="../../rehabdesk/ui/administration/page.py" line="256"/>
        <location filename="../../rehabdesk/ui/administration/page.py" line="263"/>
        <location filename="../../rehabdesk/ui/administration/page.py" line="268"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="224"/>
        <source>The database and its backups are encrypted. Each user&apos;s password unlocks the key; the recovery sheet opens it when no administrator can.</source>
        <translation>មូលដ្ឋានទិន្នន័យ និងការបម្រុងទុករបស់វា ត្រូវបានអ៊ិនគ្រីប។ ពាក្យសម្ងាត់របស់អ្នកប្រើម្នាក់ៗ ដោះសោកូនសោ។ សន្លឹកសង្គ្រោះបើកវា នៅពេលគ្មានអ្នកគ្រប់គ្រងប្រព័ន្ធណាអាចបើកបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="228"/>
        <source>This database is NOT encrypted. Close RehabDesk and run &lt;tt&gt;rehabdesk db encrypt&lt;/tt&gt; to encrypt it and its backups.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះ មិនទាន់អ៊ិនគ្រីបទេ។ សូមបិទ RehabDesk ហើយដំណើរការ &lt;tt&gt;rehabdesk db encrypt&lt;/tt&gt; ដើម្បីអ៊ិនគ្រីបវា និងការបម្រុងទុករបស់វា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="233"/>
        <source>New recovery sheet</source>
        <translation>សន្លឹកសង្គ្រោះថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="234"/>
        <source>Make a new recovery key and print its sheet? The previous recovery sheet stops working: destroy it once the new one is locked away.</source>
        <translation>បង្កើតកូនសោសង្គ្រោះថ្មី ហើយបោះពុម្ពសន្លឹករបស់វា? សន្លឹកសង្គ្រោះមុនឈប់ប្រើបាន៖ សូមបំផ្លាញវា បន្ទាប់ពីចាក់សោទុកសន្លឹកថ្មីរួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="246"/>
        <source>Recovery sheet</source>
        <translation>សន្លឹកសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="264"/>
        <source>Select the backup to restore first.</source>
        <translation>សូមជ្រើសច្បាប់បម្រុងទុកដែលត្រូវស្ដារជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="269"/>
        <source>That backup is not verified; choose a verified one.</source>
        <translation>ច្បាប់បម្រុងទុកនោះមិនទាន់បានផ្ទៀងផ្ទាត់ទេ សូមជ្រើសច្បាប់ដែលបានផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="271"/>
        <source>Restore backup</source>
        <translation>ស្ដារច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="272"/>
        <source>Replace the database with the backup of %1? RehabDesk will close, restore, and keep the current file aside. Open RehabDesk again afterwards.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយច្បាប់បម្រុងទុកនៅ %1 ឬ? RehabDesk នឹងបិទ ស្ដារ ហើយរក្សាឯកសារបច្ចុប្បន្នទុកដោយឡែក។ បន្ទាប់មកសូមបើក RehabDesk ម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="88"/>
        <source>The first administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធទីមួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="89"/>
        <source>The administrator adds the other users. The password also unlocks the encrypted database: at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមអ្នកប្រើផ្សេងទៀត។ ពាក្យសម្ងាត់ក៏ដោះសោមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីបដែរ៖ យ៉ាងតិច ៨ តួអក្សរ។ ប្រយោគខ្លីមួយ ងាយចាំ និងពិបាកទាយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="104"/>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="105"/>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="106"/>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="107"/>
        <source>Password again</source>
        <translation>ពាក្យសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="121"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរខុសគ្នា។ សូមវាយពាក្យសម្ងាត់ដដែលពីរដង។</translation>
    </message>
</context>
<context>
    <name>AllocationHistoryModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="125"/>
        <source>Effective</source>
        <translation>ចូលជាធរមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="126"/>
        <source>Change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="127"/>
        <source>Recorded</source>
        <translation>បានកត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="128"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="129"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>AllocationsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="105"/>
        <source>Workshop</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="106"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="107"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="108"/>
        <source>Applied</source>
        <translation>ថ្ងៃដាក់ពាក្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="109"/>
        <source>Started</source>
        <translation>ថ្ងៃចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="110"/>
        <source>Ended</source>
        <translation>ថ្ងៃបញ្ចប់</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="203"/>
        <source>Close the grievance</source>
        <translation>បិទពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="203"/>
        <source>Answer the grievance</source>
        <translation>ឆ្លើយតបពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="204"/>
        <source>&amp;Close</source>
        <translation>បិទ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="205"/>
        <source>&amp;Answer</source>
        <translation>ចម្លើយ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="208"/>
        <source>Grievance %1, filed on %2: %3</source>
        <translation>ពាក្យបណ្ដឹង %1 ដាក់នៅថ្ងៃ %2៖ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="213"/>
        <source>Why it is closed (resolved, withdrawn, referred …).</source>
        <translation>មូលហេតុនៃការបិទ (បានដោះស្រាយ បានដកវិញ បានបញ្ជូនបន្ត …)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="215"/>
        <source>The answer given to whoever filed it.</source>
        <translation>ចម្លើយដែលបានផ្ដល់ជូនអ្នកដាក់ពាក្យបណ្ដឹង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="216"/>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="217"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="217"/>
        <source>&amp;Answer given</source>
        <translation>ចម្លើយដែលបានផ្ដល់ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="278"/>
        <source>Apply to a workshop</source>
        <translation>ដាក់ពាក្យចូលថ្នាក់វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="278"/>
        <source>&amp;Apply</source>
        <translation>ដាក់ពាក្យ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="281"/>
        <source>Case %1 applies for a place. Consent to train and work is asked next; nobody starts without it.</source>
        <translation>ករណី %1 ដាក់ពាក្យសុំកន្លែងមួយ។ បន្ទាប់មក នឹងសួររកការយល់ព្រមក្នុងការហ្វឹកហ្វឺន និងធ្វើការ។ គ្មាននរណាម្នាក់ចាប់ផ្ដើមដោយគ្មានការយល់ព្រមនោះទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="292"/>
        <source>&amp;Workshop</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="294"/>
        <source>Applied &amp;on</source>
        <translation>ថ្ងៃដាក់ពាក្យ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="295"/>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="302"/>
        <source>No workshop is open; an administrator adds them on the Vocational page.</source>
        <translation>មិនទាន់មានថ្នាក់វិជ្ជាជីវៈបើកនៅឡើយទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមថ្នាក់ទាំងនោះនៅលើទំព័រវិជ្ជាជីវៈ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="307"/>
        <source>Meets the entry conditions today.</source>
        <translation>បំពេញលក្ខខណ្ឌចូលរៀននៅថ្ងៃនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="308"/>
        <source>Not yet, today: %1 The person may still apply and wait.</source>
        <translation>មិនទាន់បំពេញនៅថ្ងៃនេះទេ៖ %1 បុគ្គលនេះនៅតែអាចដាក់ពាក្យ និងរង់ចាំបាន។</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="454"/>
        <source>Assessment</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="454"/>
        <source>&amp;Record</source>
        <translation>កត់ត្រា (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="458"/>
        <source>The trainer&apos;s assessment of the skill learned; a certificate needs a pass.</source>
        <translation>ការវាយតម្លៃរបស់គ្រូបង្គោលលើជំនាញដែលបានរៀន។ វិញ្ញាបនបត្រតម្រូវឱ្យមានលទ្ធផលជាប់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="459"/>
        <source>&amp;passed</source>
        <translation>ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="463"/>
        <source>optional</source>
        <translation>មិនបង្ខំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="464"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="465"/>
        <source>&amp;On</source>
        <translation>នៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="466"/>
        <source>&amp;Assessor</source>
        <translation>អ្នកវាយតម្លៃ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="467"/>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="185"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="186"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="187"/>
        <source>Assessor</source>
        <translation>អ្នកវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="188"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
</context>
<context>
    <name>AssistQuestionnaire</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/assist_questionnaire.py" line="147"/>
        <source>1. In your life, which of the following substances have you ever used? (non-medical use only)  —  N or 0: no, Y or 1: yes</source>
        <translation>1. ក្នុងជីវិតរបស់អ្នក តើអ្នកធ្លាប់ប្រើសារធាតុណាខ្លះខាងក្រោមនេះ? (រាប់តែការប្រើដែលមិនមែនតាមវេជ្ជបញ្ជា)  —  N ឬ 0៖ គ្មាន, Y ឬ 1៖ មាន</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="286"/>
        <source>Contact attempt</source>
        <translation>ការប៉ុនប៉ងទាក់ទង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="286"/>
        <source>&amp;Save attempt</source>
        <translation>រក្សាទុកការប៉ុនប៉ងទាក់ទង (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="291"/>
        <source>Follow-up at %1, due %2 (window %3). Record every attempt, reached or not: &quot;lost&quot; needs the evidence of the attempts.</source>
        <translation>ការតាមដាននៅ %1 ថ្ងៃកំណត់ %2 (ចន្លោះពេល %3)។ សូមកត់ត្រាការប៉ុនប៉ងទាក់ទងគ្រប់ដង ទោះទាក់ទងបាន ឬមិនបាន៖ «បាត់ការតាមដាន» ត្រូវការភស្តុតាងនៃការប៉ុនប៉ងទាក់ទង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="300"/>
        <source>&amp;Reached</source>
        <translation>ទាក់ទងបាន (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="302"/>
        <source>&amp;Not reached</source>
        <translation>ទាក់ទងមិនបាន (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="313"/>
        <source>the person, a relative, the village chief …</source>
        <translation>បុគ្គលនោះ សាច់ញាតិ មេភូមិ …</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="315"/>
        <source>optional</source>
        <translation>មិនបង្ខំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="316"/>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="317"/>
        <source>&amp;Method</source>
        <translation>វិធីទាក់ទង (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="318"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="319"/>
        <source>&amp;Who answered</source>
        <translation>អ្នកឆ្លើយ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="320"/>
        <source>N&amp;ote</source>
        <translation>កំណត់ចំណាំ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>AuditForm</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/short_questionnaires.py" line="103"/>
        <source>Type the points printed on the box (0 to 4; items 9 and 10: 0, 2 or 4). Enter 0 for an item the guidelines skip.</source>
        <translation>វាយពិន្ទុដែលបោះពុម្ពលើប្រអប់ (0 ដល់ 4, សំណួរទី 9 និង 10៖ 0, 2 ឬ 4)។ បញ្ចូល 0 សម្រាប់សំណួរដែលការណែនាំឱ្យរំលង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/short_questionnaires.py" line="118"/>
        <source>&lt;b&gt;AUDIT score %1&lt;/b&gt; · zone %2</source>
        <translation>&lt;b&gt;ពិន្ទុ AUDIT %1&lt;/b&gt; · កម្រិតហានិភ័យ %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="43"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="44"/>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="45"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="46"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="47"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="63"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;កំណត់ហេតុសវនកម្ម&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="65"/>
        <source>Only auditors and administrators may read the audit log.</source>
        <translation>មានតែសវនករ និងអ្នកគ្រប់គ្រងប្រព័ន្ធទេ ដែលអាចអានកំណត់ហេតុសវនកម្មបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="72"/>
        <source>case number or name</source>
        <translation>លេខករណី ឬឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="73"/>
        <source>Only entries about this person.</source>
        <translation>តែកំណត់ត្រាអំពីបុគ្គលនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="75"/>
        <source>Only entries by a user whose name contains this.</source>
        <translation>តែកំណត់ត្រាដោយអ្នកប្រើដែលឈ្មោះមានពាក្យនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="77"/>
        <source>any</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="85"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="86"/>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="87"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="93"/>
        <source>From – to</source>
        <translation>ពី – ដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="94"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="95"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="130"/>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="136"/>
        <source>%1 entries</source>
        <translation>%1 កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="139"/>
        <source>Export the audit log</source>
        <translation>នាំចេញកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="140"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="148"/>
        <source>The file could not be written (%1); choose another folder.</source>
        <translation>មិនអាចសរសេរឯកសារបានទេ (%1) សូមជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/page.py" line="151"/>
        <source>Exported %1 entries to %2</source>
        <translation>បាននាំចេញ %1 កំណត់ត្រាទៅ %2</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="47"/>
        <source>Taken</source>
        <translation>ពេលថតចម្លង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="48"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="49"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="50"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="51"/>
        <source>Drive copy</source>
        <translation>ច្បាប់ចម្លងលើដ្រាយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="52"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="59"/>
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="59"/>
        <source>DAMAGED</source>
        <translation>ខូច</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="60"/>
        <source>copied</source>
        <translation>បានចម្លង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="61"/>
        <source>missing</source>
        <translation>ខ្វះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/page.py" line="62"/>
        <source>unchecked</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="74"/>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="74"/>
        <source>Sa&amp;ve</source>
        <translation>រក្សាទុក (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="78"/>
        <source>Record the paper the person is held on. A renewed order is a new basis; the one ending last is in force.</source>
        <translation>សូមកត់ត្រាឯកសារដែលជាមូលដ្ឋាននៃការឃុំបុគ្គលនេះ។ ដីកាដែលបានបន្តគឺជាមូលដ្ឋានថ្មី ហើយមូលដ្ឋានដែលបញ្ចប់ចុងក្រោយគេ គឺជាមូលដ្ឋានដែលកំពុងអនុវត្ត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="84"/>
        <source>number and issuer, as on the paper</source>
        <translation>លេខ និងអ្នកចេញ ដូចនៅលើឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="85"/>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="86"/>
        <source>&amp;From</source>
        <translation>ចាប់ពីថ្ងៃ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="87"/>
        <source>&amp;Until</source>
        <translation>រហូតដល់ថ្ងៃ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="88"/>
        <source>&amp;Reference</source>
        <translation>លេខយោង (&amp;R)</translation>
    </message>
</context>
<context>
    <name>BedBoardTab</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="207"/>
        <source>everyone enrolled</source>
        <translation>អ្នកចូលកម្មវិធីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="208"/>
        <source>ending this month</source>
        <translation>បញ្ចប់ខែនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="209"/>
        <source>over capacity</source>
        <translation>លើសចំណុះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="210"/>
        <source>&amp;Change status…</source>
        <translation>ប្ដូរស្ថានភាព (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="217"/>
        <source>Open record (Ctrl+O)</source>
        <translation>បើកកំណត់ត្រា (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="221"/>
        <source>&amp;Dormitory</source>
        <translation>អន្តេវាសិកដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="223"/>
        <source>S&amp;how</source>
        <translation>បង្ហាញ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="252"/>
        <source>all dormitories</source>
        <translation>អន្តេវាសិកដ្ឋានទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="254"/>
        <source>%1 (%2 of %3 beds)</source>
        <translation>%1 (%2 ក្នុងចំណោម %3 គ្រែ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="276"/>
        <source>%1 people</source>
        <translation>មនុស្ស %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="278"/>
        <source>%1 over capacity</source>
        <translation>លើសចំណុះ %1 នាក់</translation>
    </message>
</context>
<context>
    <name>BelongingsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/belongings.py" line="31"/>
        <source>Item</source>
        <translation>របស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/belongings.py" line="31"/>
        <source>Quantity</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/belongings.py" line="31"/>
        <source>Condition</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="135"/>
        <source>&amp;Year:</source>
        <translation>ឆ្នាំ (&amp;Y)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="137"/>
        <source>&amp;Add cost item…</source>
        <translation>បន្ថែមធាតុចំណាយ (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="138"/>
        <source>&amp;Remove</source>
        <translation>លុប (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="139"/>
        <source>Print re&amp;quest…</source>
        <translation>បោះពុម្ពសំណើ (&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="140"/>
        <source>Spreadsheet…</source>
        <translation>តារាង Excel…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="143"/>
        <source>Administrators enter the centre&apos;s costs.</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធជាអ្នកបញ្ចូលចំណាយរបស់មណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="155"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="155"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="155"/>
        <source>Quantity</source>
        <translation>បរិមាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="156"/>
        <source>Unit amount (riel)</source>
        <translation>ចំនួនឯកតា (រៀល)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="156"/>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="170"/>
        <source>Cost of the year (riel)</source>
        <translation>ចំណាយប្រចាំឆ្នាំ (រៀល)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="166"/>
        <source>What the costs bought</source>
        <translation>អ្វីដែលចំណាយបានផ្ដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="171"/>
        <source>per occupied bed-day</source>
        <translation>ក្នុងមួយថ្ងៃគ្រែដែលមានអ្នកស្នាក់នៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="172"/>
        <source>per completed programme</source>
        <translation>ក្នុងមួយកម្មវិធីដែលបានបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="173"/>
        <source>per person reached 6 months after release</source>
        <translation>ក្នុងមនុស្សម្នាក់ដែលទាក់ទងបាន ៦ ខែក្រោយដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="174"/>
        <source>Requested for next year (riel)</source>
        <translation>ស្នើសុំសម្រាប់ឆ្នាំក្រោយ (រៀល)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="182"/>
        <source>Next year&apos;s assumptions</source>
        <translation>ការសន្មតសម្រាប់ឆ្នាំក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="196"/>
        <source>Sa&amp;ve assumptions</source>
        <translation>រក្សាទុកការសន្មត (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="198"/>
        <source>&amp;Growth of admissions</source>
        <translation>កំណើននៃការទទួលចូល (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="199"/>
        <source>Price &amp;inflation</source>
        <translation>អតិផរណានៃតម្លៃ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="200"/>
        <source>Average s&amp;tay (days)</source>
        <translation>រយៈពេលស្នាក់នៅជាមធ្យម (ថ្ងៃ) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="201"/>
        <source>&amp;Beds</source>
        <translation>គ្រែ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="232"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="239"/>
        <source>No cost items are entered for %1 yet.</source>
        <translation>មិនទាន់មានធាតុចំណាយសម្រាប់ឆ្នាំ %1 នៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="265"/>
        <source>Set by an administrator.</source>
        <translation>កំណត់ដោយអ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="266"/>
        <source>Defaults: the admissions trend, no inflation, this year&apos;s stays and today&apos;s beds.</source>
        <translation>តម្លៃលំនាំដើម៖ និន្នាការនៃការទទួលចូល គ្មានអតិផរណា រយៈពេលស្នាក់នៅនៃឆ្នាំនេះ និងគ្រែបច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="300"/>
        <source>Budget request %1</source>
        <translation>សំណើថវិកា %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="314"/>
        <source>Save the budget request</source>
        <translation>រក្សាទុកសំណើថវិកា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="315"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>តារាង Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/camera_dialog.py" line="21"/>
        <source>Take photo</source>
        <translation>ថតរូប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/camera_dialog.py" line="33"/>
        <source>&amp;Capture</source>
        <translation>ថត (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/camera_dialog.py" line="34"/>
        <source>Take the picture now.</source>
        <translation>ថតរូបឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>CancellableRun</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/cancellable.py" line="34"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="39"/>
        <source>born %1</source>
        <translation>កើត %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="45"/>
        <source>%1% alike</source>
        <translation>ដូចគ្នា %1%</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="46"/>
        <source>How closely this record matches what you typed.</source>
        <translation>កំណត់ត្រានេះដូចនឹងអ្វីដែលអ្នកបានវាយប៉ុណ្ណា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="55"/>
        <source>Why this record was suggested.</source>
        <translation>មូលហេតុដែលកំណត់ត្រានេះត្រូវបានស្នើ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="58"/>
        <source>same name only</source>
        <translation>ឈ្មោះដូចគ្នាតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="59"/>
        <source>Only the name matches so far: type the birth year to see whether this is the same person.</source>
        <translation>មកដល់ពេលនេះ មានតែឈ្មោះដែលដូចគ្នា៖ សូមវាយឆ្នាំកំណើត ដើម្បីដឹងថាតើនេះជាបុគ្គលតែមួយឬទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="62"/>
        <source>Re-ad&amp;mit this person</source>
        <translation>ទទួលបុគ្គលនេះចូលម្ដងទៀត (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="64"/>
        <source>This form becomes a new admission of this person: fill in the arrival, then Save.</source>
        <translation>ទម្រង់នេះក្លាយជាការទទួលចូលថ្មីរបស់បុគ្គលនេះ៖ សូមបំពេញការមកដល់ រួចរក្សាទុក។</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="65"/>
        <source>Court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="66"/>
        <source>Case no.</source>
        <translation>លេខសំណុំរឿង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="67"/>
        <source>Charges</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="68"/>
        <source>Verdict</source>
        <translation>សាលក្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="69"/>
        <source>Sentence</source>
        <translation>ទោស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="70"/>
        <source>Credited days</source>
        <translation>ថ្ងៃកាត់កង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="71"/>
        <source>Expected release</source>
        <translation>ថ្ងៃរំពឹងដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="72"/>
        <source>Days left</source>
        <translation>ថ្ងៃនៅសល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="73"/>
        <source>Treatment order</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="86"/>
        <source>%1 y %2 m %3 d from %4</source>
        <translation>%1 ឆ្នាំ %2 ខែ %3 ថ្ងៃ ចាប់ពី %4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="93"/>
        <source>court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="94"/>
        <source>prosecutor</source>
        <translation>ព្រះរាជអាជ្ញា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="102"/>
        <source>⚠ marks a charge involving violence.</source>
        <translation>⚠ សម្គាល់បទចោទដែលពាក់ព័ន្ធអំពើហិង្សា។</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="48"/>
        <source>The centre</source>
        <translation>មជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="49"/>
        <source>This database is new. Say which centre it is for; the code begins every case number (KPC-2026-000123).</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះថ្មី។ សូមប្រាប់ថាវាសម្រាប់មជ្ឈមណ្ឌលណា។ កូដនេះនៅដើមលេខករណីនីមួយៗ (KPC-2026-000123)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="61"/>
        <source>(not given)</source>
        <translation>(មិនបានផ្ដល់)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="68"/>
        <source>Centre code</source>
        <translation>កូដមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="69"/>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="70"/>
        <source>Name in English</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="71"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="72"/>
        <source>Beds</source>
        <translation>គ្រែ</translation>
    </message>
</context>
<context>
    <name>CentreSettingsForm</name>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="54"/>
        <source>Headquarters acknowledgement warning</source>
        <translation>ការព្រមានអំពីការបញ្ជាក់ទទួលពីទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="55"/>
        <source>The Dashboard warns when headquarters has acknowledged no bundle for this many days.</source>
        <translation>ផ្ទាំងព័ត៌មានព្រមាន នៅពេលទីស្នាក់ការកណ្ដាលមិនបានបញ្ជាក់ទទួលកញ្ចប់ណាមួយក្នុងរយៈពេលចំនួនថ្ងៃដែលកំណត់នៅទីនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="59"/>
        <source>Second request to a court after</source>
        <translation>ស្នើសុំលើកទីពីរទៅតុលាការក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="60"/>
        <source>A person a court has not answered about this many days after the request letter appears on the follow-up list and in the next letter as a second request.</source>
        <translation>បុគ្គលដែលតុលាការមិនទាន់ឆ្លើយតប ក្រោយលិខិតស្នើសុំលើសចំនួនថ្ងៃនេះ នឹងមាននៅក្នុងបញ្ជីតាមដាន និងក្នុងលិខិតបន្ទាប់ជាការស្នើសុំលើកទីពីរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="66"/>
        <source>Screening deadline</source>
        <translation>កាលកំណត់នៃការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="67"/>
        <source>An arrival not screened within this many days appears in the screening queue.</source>
        <translation>អ្នកមកដល់ដែលមិនទាន់បានពិនិត្យក្នុងរយៈពេលចំនួនថ្ងៃដែលកំណត់នៅទីនេះ នឹងបង្ហាញក្នុងជួររង់ចាំការពិនិត្យ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="71"/>
        <source>Re-screening interval</source>
        <translation>រយៈពេលរវាងការពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="72"/>
        <source>A person still here this many days after the last screening is due to be screened again.</source>
        <translation>អ្នកដែលនៅទីនេះនៅឡើយ ក្រោយការពិនិត្យចុងក្រោយគ្រប់ចំនួនថ្ងៃដែលកំណត់នៅទីនេះ ត្រូវពិនិត្យម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="76"/>
        <source>Follow-up window</source>
        <translation>រយៈពេលតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="77"/>
        <source>A follow-up after release counts as on time this many days either side of its due date.</source>
        <translation>ការតាមដានក្រោយពេលដោះលែង ចាត់ទុកថាទាន់ពេល បើធ្វើក្នុងចំនួនថ្ងៃនេះ មុន ឬក្រោយថ្ងៃកំណត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="81"/>
        <source>Lost to follow-up after</source>
        <translation>បាត់ការតាមដាន ក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="82"/>
        <source>After enough failed attempts, a person counts as lost to follow-up this many days after the window closed.</source>
        <translation>ក្រោយការប៉ុនប៉ងមិនបានសម្រេចគ្រប់ចំនួន បុគ្គលម្នាក់ត្រូវចាត់ទុកថាបាត់ការតាមដាន នៅចំនួនថ្ងៃនេះក្រោយពេលរយៈពេលតាមដានបានបិទ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="92"/>
        <source>Legal basis deadline</source>
        <translation>កាលកំណត់កត់ត្រាមូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="93"/>
        <source>A stay with no legal basis recorded this many days after arrival is listed in red on the Dashboard.</source>
        <translation>ការស្នាក់នៅដែលគ្មានមូលដ្ឋានច្បាប់ក្នុងកំណត់ត្រា ក្រោយថ្ងៃមកដល់តាមចំនួនថ្ងៃនេះ ត្រូវបានបង្ហាញជាពណ៌ក្រហមនៅលើផ្ទាំងសង្ខេប។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="97"/>
        <source>Grievance answer deadline</source>
        <translation>កាលកំណត់ឆ្លើយតបពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="98"/>
        <source>A grievance must be answered within this many days of being filed.</source>
        <translation>ពាក្យបណ្ដឹងត្រូវតែបានឆ្លើយតបក្នុងចំនួនថ្ងៃនេះ គិតពីថ្ងៃដាក់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="101"/>
        <source>Send photos to headquarters</source>
        <translation>ផ្ញើរូបថតទៅទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="102"/>
        <source>People&apos;s photos travel in the bundles to headquarters only while this is ticked.</source>
        <translation>រូបថតរបស់មនុស្សត្រូវបានផ្ញើក្នុងកញ្ចប់ទៅទីស្នាក់ការកណ្ដាល តែនៅពេលប្រអប់នេះត្រូវបានធីកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="106"/>
        <source>Days without a visit</source>
        <translation>ចំនួនថ្ងៃគ្មានការសួរសុខទុក្ខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="107"/>
        <source>A person who has received no visit for this many days is listed.</source>
        <translation>បុគ្គលដែលគ្មានការសួរសុខទុក្ខក្នុងចំនួនថ្ងៃនេះ ត្រូវបានចុះក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="86"/>
        <source>Follow-up points</source>
        <translation>ដំណាក់កាលតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="87"/>
        <source>A release creates a follow-up point this many months after it, for each number, such as 1, 3, 6, 12. Points already created keep their dates.</source>
        <translation>ការដោះលែងនីមួយៗបង្កើតដំណាក់កាលតាមដានមួយ នៅចំនួនខែនេះក្រោយការដោះលែង សម្រាប់លេខនីមួយៗ ដូចជា ១, ៣, ៦, ១២។ ដំណាក់កាលដែលបានបង្កើតរួចហើយ រក្សាកាលបរិច្ឆេទដដែល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="119"/>
        <source>Centre settings</source>
        <translation>ការកំណត់របស់មជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="139"/>
        <source>days</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="150"/>
        <source>(months after release)</source>
        <translation>(ខែក្រោយការដោះលែង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="160"/>
        <source>why the change (kept in the audit log)</source>
        <translation>មូលហេតុនៃការផ្លាស់ប្ដូរ (រក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="161"/>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="168"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="177"/>
        <source>Only administrators change centre settings.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេ ដែលអាចផ្លាស់ប្ដូរការកំណត់របស់មជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="199"/>
        <source>Nothing changed.</source>
        <translation>គ្មានអ្វីផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/settings_form.py" line="224"/>
        <source>Saved; the screening queue and the next releases use the new values.</source>
        <translation>បានរក្សាទុក។ ជួររង់ចាំការពិនិត្យ និងការដោះលែងបន្ទាប់ ប្រើតម្លៃថ្មី។</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="199"/>
        <source>Serial</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="200"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="201"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="202"/>
        <source>Workshop</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="203"/>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="204"/>
        <source>Issued</source>
        <translation>ថ្ងៃចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="205"/>
        <source>Assessor</source>
        <translation>អ្នកវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="206"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="207"/>
        <source>Issuer</source>
        <translation>អ្នកចេញវិញ្ញាបនបត្រ</translation>
    </message>
</context>
<context>
    <name>CertificatesPart</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="285"/>
        <source>&amp;Issue…</source>
        <translation>ចេញវិញ្ញាបនបត្រ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="287"/>
        <source>Re&amp;voke…</source>
        <translation>ដកហូត… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="292"/>
        <source>Prin&amp;t</source>
        <translation>បោះពុម្ព (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="297"/>
        <source>a serial, or the text of a scanned QR code</source>
        <translation>លេខស៊េរី ឬអត្ថបទនៃកូដ QR ដែលបានស្កេន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="298"/>
        <source>Checks a paper certificate against the record.</source>
        <translation>ផ្ទៀងផ្ទាត់វិញ្ញាបនបត្រក្រដាសជាមួយកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="299"/>
        <source>Chec&amp;k a certificate</source>
        <translation>ផ្ទៀងផ្ទាត់វិញ្ញាបនបត្រ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="301"/>
        <source>Check</source>
        <translation>ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="331"/>
        <source>%1 certificates issued, %2 revoked</source>
        <translation>បានចេញវិញ្ញាបនបត្រ %1 ដកហូត %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="346"/>
        <source>Your role may not print.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="347"/>
        <source>Select a certificate first.</source>
        <translation>សូមជ្រើសវិញ្ញាបនបត្រមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="348"/>
        <source>A revoked certificate is not printed.</source>
        <translation>វិញ្ញាបនបត្រដែលត្រូវបានដកហូត មិនត្រូវបានបោះពុម្ពទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="349"/>
        <source>Preview the selected certificate; once the original has been printed, each print is a copy and says so.</source>
        <translation>មើលវិញ្ញាបនបត្រដែលបានជ្រើសជាមុន។ នៅពេលច្បាប់ដើមត្រូវបានបោះពុម្ពរួចហើយ ការបោះពុម្ពនីមួយៗជាច្បាប់ចម្លង ហើយមានសរសេរបញ្ជាក់ដូច្នេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="383"/>
        <source>Genuine: %1 issued on %2 to %3 for %4, %5.</source>
        <translation>ពិតប្រាកដ៖ %1 ចេញនៅថ្ងៃ %2 ជូន %3 សម្រាប់ %4 រយៈពេល %5។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="384"/>
        <source>Does not match the record: the paper of %1 says other things than were issued. Compare it with the record.</source>
        <translation>មិនត្រូវគ្នានឹងកំណត់ត្រាទេ៖ ក្រដាសនៃ %1 សរសេរខុសពីអ្វីដែលបានចេញ។ សូមប្រៀបធៀបជាមួយកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="386"/>
        <source>%1 was revoked on %2: %3</source>
        <translation>%1 ត្រូវបានដកហូតនៅថ្ងៃ %2៖ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="387"/>
        <source>No certificate %1 was issued by this centre.</source>
        <translation>មជ្ឈមណ្ឌលនេះមិនបានចេញវិញ្ញាបនបត្រ %1 ទេ។</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="125"/>
        <source>Rule</source>
        <translation>លក្ខខណ្ឌ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="126"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="127"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="545"/>
        <source>Close pay period</source>
        <translation>បិទរយៈពេលបើកប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="545"/>
        <source>&amp;Close period</source>
        <translation>បិទរយៈពេល (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="550"/>
        <source>Close the pay period of %1: %2 entries, %3, %4 earned, %5 saved for release. After this its days are never edited; a correction is an adjustment paid in the next open month.</source>
        <translation>បិទរយៈពេលបើកប្រាក់ឈ្នួលនៃ %1៖ ធាតុ %2 ចំនួន %3 រកបាន %4 និងប្រាក់សន្សំសម្រាប់ថ្ងៃដោះលែង %5។ បន្ទាប់ពីនេះ ថ្ងៃទាំងនោះនឹងមិនត្រូវកែទៀតឡើយ។ ការកែតម្រូវគឺជាការកែសម្រួលដែលបើកក្នុងខែបន្ទាប់ដែលនៅបើក។</translation>
    </message>
</context>
<context>
    <name>ConfigList</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="70"/>
        <source>yes</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="71"/>
        <source>no (closed)</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="150"/>
        <source>&amp;New</source>
        <translation>ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="152"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>រក្សាទុក (Ctrl+S) (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="179"/>
        <source>Only administrators change the configuration.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេដែលអាចប្ដូរការកំណត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="214"/>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="231"/>
        <source>English name</source>
        <translation>ឈ្មោះអង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="232"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="327"/>
        <source>Consent to train and work</source>
        <translation>ការយល់ព្រមហ្វឹកហ្វឺន និងធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="328"/>
        <source>&amp;Record answer</source>
        <translation>កត់ត្រាចម្លើយ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="332"/>
        <source>The person&apos;s answer on the signed consent form. Either answer is recorded as given; not consenting closes this place and changes nothing else in the record.</source>
        <translation>ចម្លើយរបស់បុគ្គលនៅលើលិខិតយល់ព្រមដែលបានចុះហត្ថលេខា។ ចម្លើយណាមួយក៏ត្រូវកត់ត្រាដូចដែលបានផ្ដល់។ ការមិនយល់ព្រមបិទកន្លែងនេះ ហើយមិនផ្លាស់ប្ដូរអ្វីផ្សេងទៀតក្នុងកំណត់ត្រាឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="334"/>
        <source>&amp;Gives consent</source>
        <translation>យល់ព្រម (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="336"/>
        <source>&amp;Does not consent</source>
        <translation>មិនយល់ព្រម (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="347"/>
        <source>optional</source>
        <translation>មិនបង្ខំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="348"/>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="349"/>
        <source>Signed &amp;on</source>
        <translation>ថ្ងៃចុះហត្ថលេខា (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="350"/>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="48"/>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="48"/>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="49"/>
        <source>Vietnamese</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="49"/>
        <source>Thai</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="51"/>
        <source>&amp;Signed or thumbprinted on paper, on</source>
        <translation>បានចុះហត្ថលេខា ឬផ្ដិតមេដៃលើក្រដាស នៅថ្ងៃ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="53"/>
        <source>R&amp;efused; the person&apos;s reason:</source>
        <translation>បានបដិសេធ ដោយមូលហេតុរបស់អ្នកនោះ (&amp;E)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="66"/>
        <source>Recorded &amp;on</source>
        <translation>កត់ត្រានៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="67"/>
        <source>E&amp;xplained by</source>
        <translation>ពន្យល់ដោយ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="68"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="69"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="71"/>
        <source>Print the consent form from Print… in this record. A refusal is recorded and blocks nothing else: screening and tests go on.</source>
        <translation>សូមបោះពុម្ពលិខិតយល់ព្រមពី «បោះពុម្ព…» ក្នុងកំណត់ត្រានេះ។ ការបដិសេធត្រូវបានកត់ត្រា ហើយមិនរារាំងអ្វីផ្សេងទៀតទេ៖ ការពិនិត្យ និងការធ្វើតេស្តនៅតែបន្ត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="85"/>
        <source>No consent to treatment recorded yet.</source>
        <translation>មិនទាន់មានការកត់ត្រាការយល់ព្រមលើការព្យាបាលនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="87"/>
        <source>&lt;b&gt;Signed&lt;/b&gt; on %1; explained by %2.</source>
        <translation>&lt;b&gt;បានចុះហត្ថលេខា&lt;/b&gt; នៅថ្ងៃ %1។ ពន្យល់ដោយ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="91"/>
        <source>&lt;b&gt;Refused&lt;/b&gt; on %1 (%2); explained by %3.</source>
        <translation>&lt;b&gt;បានបដិសេធ&lt;/b&gt; នៅថ្ងៃ %1 (%2)។ ពន្យល់ដោយ %3។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="108"/>
        <source>Consent recorded.</source>
        <translation>បានកត់ត្រាការយល់ព្រម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/consent_form.py" line="109"/>
        <source>Refusal recorded.</source>
        <translation>បានកត់ត្រាការបដិសេធ។</translation>
    </message>
</context>
<context>
    <name>ContactAttemptsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="211"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="212"/>
        <source>Method</source>
        <translation>វិធីទាក់ទង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="213"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="214"/>
        <source>Who answered</source>
        <translation>អ្នកឆ្លើយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="215"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="216"/>
        <source>Recorded by</source>
        <translation>អ្នកកត់ត្រា</translation>
    </message>
</context>
<context>
    <name>CostItemDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="71"/>
        <source>Cost item for %1</source>
        <translation>ធាតុចំណាយសម្រាប់ឆ្នាំ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="72"/>
        <source>&amp;Add</source>
        <translation>បន្ថែម (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="75"/>
        <source>The unit amount is a monthly salary for staff, riel per person-day for food, the purchase cost for buildings and equipment, and the annual amount for everything else.</source>
        <translation>ចំនួនឯកតាគឺជាប្រាក់ខែប្រចាំខែសម្រាប់បុគ្គលិក រៀលក្នុងមនុស្សម្នាក់ក្នុងមួយថ្ងៃសម្រាប់អាហារ តម្លៃទិញសម្រាប់អគារ និងបរិក្ខារ និងចំនួនប្រចាំឆ្នាំសម្រាប់ផ្សេងទៀតទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="94"/>
        <source>not written off</source>
        <translation>មិនរំលស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="95"/>
        <source>&amp;Category</source>
        <translation>ប្រភេទ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="96"/>
        <source>&amp;What</source>
        <translation>អ្វី (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="97"/>
        <source>&amp;Quantity</source>
        <translation>បរិមាណ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="98"/>
        <source>&amp;Unit amount</source>
        <translation>ចំនួនឯកតា (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/budget.py" line="100"/>
        <source>&amp;Life (years)</source>
        <translation>អាយុកាល (ឆ្នាំ) (&amp;L)</translation>
    </message>
</context>
<context>
    <name>CourtAnswerDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="77"/>
        <source>Record the court&apos;s answer</source>
        <translation>កត់ត្រាចម្លើយរបស់តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="78"/>
        <source>&amp;Record the answer</source>
        <translation>កត់ត្រាចម្លើយ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="86"/>
        <source>What the court answered about this person.</source>
        <translation>អ្វីដែលតុលាការបានឆ្លើយអំពីបុគ្គលនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="88"/>
        <source>The day the answer came (%1); not before the letter.</source>
        <translation>ថ្ងៃដែលទទួលបានចម្លើយ (%1) មិនមុនថ្ងៃផ្ញើលិខិតទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="93"/>
        <source>The hearing&apos;s date, today or later.</source>
        <translation>ថ្ងៃសវនាការ ថ្ងៃនេះ ឬក្រោយនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="98"/>
        <source>The verdict status the court&apos;s verdict gave.</source>
        <translation>ស្ថានភាពសាលក្រមដែលតុលាការបានប្រកាស។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="100"/>
        <source>The reference of the court&apos;s document.</source>
        <translation>លេខយោងនៃឯកសាររបស់តុលាការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="101"/>
        <source>what was said</source>
        <translation>អ្វីដែលបាននិយាយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="102"/>
        <source>&amp;Answer</source>
        <translation>ចម្លើយ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="103"/>
        <source>Answered &amp;on</source>
        <translation>ថ្ងៃឆ្លើយ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="104"/>
        <source>&amp;Hearing on</source>
        <translation>ថ្ងៃសវនាការ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="105"/>
        <source>&amp;Verdict status</source>
        <translation>ស្ថានភាពសាលក្រម (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="106"/>
        <source>&amp;Document</source>
        <translation>ឯកសារ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="107"/>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>CourtContactDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="140"/>
        <source>Court&apos;s address and contact</source>
        <translation>អាសយដ្ឋាន និងអ្នកទំនាក់ទំនងរបស់តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="141"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="146"/>
        <source>The address the letters are sent or taken to.</source>
        <translation>អាសយដ្ឋានដែលលិខិតត្រូវផ្ញើ ឬយកទៅជូន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="148"/>
        <source>The person the letters are addressed to.</source>
        <translation>បុគ្គលដែលលិខិតត្រូវផ្ញើជូន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="151"/>
        <source>A&amp;ddress</source>
        <translation>អាសយដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="152"/>
        <source>&amp;Contact person</source>
        <translation>អ្នកទំនាក់ទំនង (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="153"/>
        <source>&amp;Title</source>
        <translation>តួនាទី (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>ទូរស័ព្ទ (&amp;P)</translation>
    </message>
</context>
<context>
    <name>CourtModels</name>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="24"/>
        <source>Court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="25"/>
        <source>Waiting</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="26"/>
        <source>Median days</source>
        <translation>ថ្ងៃមធ្យម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="27"/>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="67"/>
        <source>Letters</source>
        <translation>លិខិត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="28"/>
        <source>Answers</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="29"/>
        <source>Days to hearing</source>
        <translation>ថ្ងៃរហូតដល់សវនាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="38"/>
        <source>No court on file</source>
        <translation>គ្មានតុលាការក្នុងកំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="47"/>
        <source>Cases whose court is not one on file: correct the court on the record&apos;s Legal tab.</source>
        <translation>សំណុំរឿងដែលតុលាការមិនមាននៅក្នុងកំណត់ត្រា៖ សូមកែតុលាការនៅផ្ទាំងច្បាប់នៃកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="59"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="60"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="61"/>
        <source>Court file no.</source>
        <translation>លេខសំណុំរឿង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="62"/>
        <source>Verdict status</source>
        <translation>ស្ថានភាពសាលក្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="63"/>
        <source>Days held</source>
        <translation>ថ្ងៃជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="64"/>
        <source>Days here</source>
        <translation>ថ្ងៃនៅមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="65"/>
        <source>Expected release</source>
        <translation>ថ្ងៃរំពឹងដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="66"/>
        <source>Order enough</source>
        <translation>ដីកាគ្រប់គ្រាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="68"/>
        <source>Last answer</source>
        <translation>ចម្លើយចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="69"/>
        <source>Hearing</source>
        <translation>សវនាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="75"/>
        <source>%1 · second request due</source>
        <translation>%1 · ដល់ពេលស្នើសុំលើកទីពីរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="77"/>
        <source>yes</source>
        <translation>អាច</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/models.py" line="90"/>
        <source>Charges: %1. Last letter: %2.</source>
        <translation>បទចោទ៖ %1។ លិខិតចុងក្រោយ៖ %2។</translation>
    </message>
</context>
<context>
    <name>CourtSendDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="32"/>
        <source>Record the letter as sent</source>
        <translation>កត់ត្រាថាលិខិតបានផ្ញើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="33"/>
        <source>&amp;Record as sent</source>
        <translation>កត់ត្រាថាបានផ្ញើ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="37"/>
        <source>The letter about the %1 people waiting at this court today. Each person&apos;s entry is linked to it, and the court&apos;s answers are recorded against it.</source>
        <translation>លិខិតអំពីបុគ្គល %1 នាក់ ដែលកំពុងរង់ចាំនៅតុលាការនេះនៅថ្ងៃនេះ។ កំណត់ត្រារបស់បុគ្គលម្នាក់ៗត្រូវបានភ្ជាប់ទៅលិខិតនេះ ហើយចម្លើយរបស់តុលាការនឹងត្រូវកត់ត្រាលើលិខិតនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="41"/>
        <source>The day the letter left the centre (%1).</source>
        <translation>ថ្ងៃដែលលិខិតចេញពីមណ្ឌល (%1)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="46"/>
        <source>The court itself, or the prosecutor&apos;s office attached to it.</source>
        <translation>តុលាការផ្ទាល់ ឬអយ្យការអមតុលាការនោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="51"/>
        <source>How the letter went.</source>
        <translation>មធ្យោបាយផ្ញើលិខិត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="53"/>
        <source>The person or office who received the letter.</source>
        <translation>បុគ្គល ឬការិយាល័យដែលបានទទួលលិខិត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="54"/>
        <source>Sent &amp;on</source>
        <translation>ថ្ងៃផ្ញើ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="55"/>
        <source>&amp;Addressed to</source>
        <translation>ផ្ញើជូន (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="56"/>
        <source>&amp;How</source>
        <translation>មធ្យោបាយ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/dialogs.py" line="57"/>
        <source>&amp;Given to</source>
        <translation>ប្រគល់ឱ្យ (&amp;G)</translation>
    </message>
</context>
<context>
    <name>CourtsPage</name>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="97"/>
        <source>Choose a court to see who waits there.</source>
        <translation>ជ្រើសរើសតុលាការ ដើម្បីមើលអ្នកដែលកំពុងរង់ចាំនៅទីនោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="103"/>
        <source>Enter: open the person&apos;s record at the Legal tab.</source>
        <translation>Enter៖ បើកកំណត់ត្រារបស់បុគ្គលនេះនៅផ្ទាំងច្បាប់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="110"/>
        <source>&amp;Print the letter (Ctrl+P)</source>
        <translation>បោះពុម្ពលិខិត (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="112"/>
        <source>Record as &amp;sent…</source>
        <translation>កត់ត្រាថាបានផ្ញើ (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="114"/>
        <source>Record an &amp;answer…</source>
        <translation>កត់ត្រាចម្លើយ (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="116"/>
        <source>&amp;Open record (Ctrl+O)</source>
        <translation>បើកកំណត់ត្រា (&amp;O) (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="117"/>
        <source>Address and &amp;contact…</source>
        <translation>អាសយដ្ឋាន និងអ្នកទំនាក់ទំនង (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="120"/>
        <source>Administrators set a court&apos;s address and contact person.</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធកំណត់អាសយដ្ឋាន និងអ្នកទំនាក់ទំនងរបស់តុលាការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="155"/>
        <source>Courts</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="155"/>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="156"/>
        <source>Figures</source>
        <translation>តួលេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="154"/>
        <source>&lt;h2&gt;Courts: people waiting for a verdict&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;តុលាការ៖ អ្នកដែលកំពុងរង់ចាំសាលក្រម&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="197"/>
        <source>as of %1</source>
        <translation>គិតត្រឹម %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="207"/>
        <source>%1 people have had no answer from their court since the newest letter asked about them, for the centre&apos;s number of days or more. The next letter to their court asks again, marked &quot;second request&quot;.</source>
        <translation>បុគ្គល %1 នាក់ មិនទាន់ទទួលបានចម្លើយពីតុលាការ ចាប់តាំងពីលិខិតចុងក្រោយបានសួរអំពីពួកគេ អស់រយៈពេលស្មើ ឬលើសចំនួនថ្ងៃដែលមណ្ឌលកំណត់។ លិខិតបន្ទាប់ទៅតុលាការនឹងសួរម្ដងទៀត ដោយមានសម្គាល់ «ស្នើសុំលើកទីពីរ»។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="221"/>
        <source>These people&apos;s court case names no court on file: correct the court on their record&apos;s Legal tab so that they appear in its letter.</source>
        <translation>សំណុំរឿងរបស់បុគ្គលទាំងនេះ មិនបញ្ជាក់តុលាការដែលមានក្នុងកំណត់ត្រាទេ៖ សូមកែតុលាការនៅផ្ទាំងច្បាប់នៃកំណត់ត្រា ដើម្បីឱ្យពួកគេមាននៅក្នុងលិខិតរបស់តុលាការនោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="249"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 waiting, longest at the centre first; %4 would be eligible at once with a treatment order; %5 due for a second request. Contact: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)៖ កំពុងរង់ចាំ %3 នាក់ អ្នកនៅមណ្ឌលយូរជាងគេមុន។ %4 នាក់នឹងមានលក្ខណៈសម្បត្តិភ្លាមៗ ប្រសិនបើមានដីកាបង្គាប់ឱ្យព្យាបាល។ %5 នាក់ដល់ពេលស្នើសុំលើកទីពីរ។ អ្នកទំនាក់ទំនង៖ %6</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="260"/>
        <source>Waiting for a verdict: %1. Letters sent: %2. Answers received: %3. Letters, people asked, answers and hearings set per month:</source>
        <translation>កំពុងរង់ចាំសាលក្រម៖ %1។ លិខិតបានផ្ញើ៖ %2។ ចម្លើយបានទទួល៖ %3។ លិខិត បុគ្គលដែលបានសួរ ចម្លើយ និងសវនាការដែលបានកំណត់ ក្នុងមួយខែ៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="267"/>
        <source>letters sent</source>
        <translation>លិខិតបានផ្ញើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="268"/>
        <source>people asked about</source>
        <translation>បុគ្គលដែលបានសួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="269"/>
        <source>answers</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/page.py" line="270"/>
        <source>hearings set</source>
        <translation>សវនាការបានកំណត់</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="171"/>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="172"/>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="178"/>
        <source>%1: beds</source>
        <translation>%1៖ គ្រែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="205"/>
        <source>people</source>
        <translation>នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="232"/>
        <source>&lt;h2&gt;Centre at a glance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ទិដ្ឋភាពទូទៅនៃមណ្ឌល&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="235"/>
        <source>Refresh (F5)</source>
        <translation>ផ្ទុកឡើងវិញ (F5)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="236"/>
        <source>Monthly report…</source>
        <translation>របាយការណ៍ប្រចាំខែ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="238"/>
        <source>Open the Reports page: the month&apos;s figures, the printed report and the budget.</source>
        <translation>បើកទំព័ររបាយការណ៍៖ តួលេខប្រចាំខែ របាយការណ៍បោះពុម្ព និងថវិកា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="250"/>
        <source>waiting for a bed</source>
        <translation>រង់ចាំគ្រែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="251"/>
        <source>People on the waitlist. Open the waitlist in priority order.</source>
        <translation>អ្នកនៅក្នុងបញ្ជីរង់ចាំ។ បើកបញ្ជីរង់ចាំតាមលំដាប់អាទិភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="252"/>
        <source>waiting for a verdict</source>
        <translation>រង់ចាំសាលក្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="253"/>
        <source>People whose eligibility waits for a final court verdict. Open the Eligibility page.</source>
        <translation>អ្នកដែលលក្ខណៈសម្បត្តិចូលកម្មវិធីរង់ចាំសាលក្រមស្ថាពររបស់តុលាការ។ បើកទំព័រលក្ខណៈសម្បត្តិ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="255"/>
        <source>screenings due</source>
        <translation>ការពិនិត្យដល់ពេល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="256"/>
        <source>Arrivals not screened within the deadline. Open the screening queue.</source>
        <translation>អ្នកមកដល់ដែលមិនទាន់បានពិនិត្យក្នុងរយៈពេលកំណត់។ បើកជួរពិនិត្យ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="258"/>
        <source>enrolments ending this month</source>
        <translation>ការចូលកម្មវិធីបញ្ចប់ក្នុងខែនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="259"/>
        <source>Enrolled people whose planned end falls this month. Open them on the bed board.</source>
        <translation>អ្នកចូលកម្មវិធីដែលគ្រោងបញ្ចប់ក្នុងខែនេះ។ បើកពួកគេនៅលើតារាងគ្រែ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="261"/>
        <source>over capacity now</source>
        <translation>លើសចំណុះឥឡូវនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="262"/>
        <source>People enrolled now in a full dormitory, with a confirmed reason. Open them on the bed board.</source>
        <translation>អ្នកចូលកម្មវិធីឥឡូវនេះក្នុងអន្តេវាសិកដ្ឋានពេញ ដោយមានមូលហេតុបានបញ្ជាក់។ បើកពួកគេនៅលើតារាងគ្រែ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="264"/>
        <source>over capacity, past 12 months</source>
        <translation>លើសចំណុះ ១២ ខែចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="265"/>
        <source>Enrolments confirmed over capacity that started in the last 12 months.</source>
        <translation>ការចូលកម្មវិធីលើសចំណុះដែលបានបញ្ជាក់ ហើយចាប់ផ្ដើមក្នុង ១២ ខែចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="267"/>
        <source>people in training</source>
        <translation>អ្នកកំពុងហ្វឹកហ្វឺនវិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="268"/>
        <source>People holding a place in a workshop now. Open the workshops.</source>
        <translation>អ្នកដែលមានកន្លែងក្នុងថ្នាក់វិជ្ជាជីវៈឥឡូវនេះ។ បើកបញ្ជីថ្នាក់វិជ្ជាជីវៈ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="269"/>
        <source>hours worked this month</source>
        <translation>ម៉ោងធ្វើការក្នុងខែនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="270"/>
        <source>Hours of vocational work recorded for days of this month. Open the pay periods.</source>
        <translation>ម៉ោងការងារវិជ្ជាជីវៈដែលបានកត់ត្រាសម្រាប់ថ្ងៃនៃខែនេះ។ បើករយៈពេលបើកប្រាក់ឈ្នួល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="272"/>
        <source>releases this month</source>
        <translation>ការដោះលែងក្នុងខែនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="273"/>
        <source>People released since the first of this month. Open the people released.</source>
        <translation>អ្នកដែលបានដោះលែងចាប់តាំងពីថ្ងៃទី ១ នៃខែនេះ។ បើកបញ្ជីអ្នកដែលបានដោះលែង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="275"/>
        <source>follow-ups due this week</source>
        <translation>ការតាមដានដល់ពេលក្នុងសប្ដាហ៍នេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="276"/>
        <source>Follow-up points not yet reached whose due date falls in the next 7 days. Open today&apos;s follow-up worklist.</source>
        <translation>ដំណាក់កាលតាមដានដែលមិនទាន់ទាក់ទងបាន ហើយថ្ងៃកំណត់ស្ថិតក្នុង ៧ ថ្ងៃខាងមុខ។ បើកបញ្ជីការងារតាមដានថ្ងៃនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="278"/>
        <source>reached at 6 months</source>
        <translation>ទាក់ទងបាននៅខែទី ៦</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="279"/>
        <source>Of the 6-month follow-up points whose window has closed, the share where the person was reached. Deaths, transfers and returns to prison are not counted.</source>
        <translation>ក្នុងចំណោមដំណាក់កាលតាមដាននៅខែទី ៦ ដែលចន្លោះពេលបានបិទ ភាគរយដែលទាក់ទងបុគ្គលនោះបាន។ ការទទួលមរណភាព ការផ្ទេរ និងការត្រឡប់ទៅពន្ធនាគារ មិនត្រូវបានរាប់ទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="282"/>
        <source>hearings this week</source>
        <translation>សវនាការសប្ដាហ៍នេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="283"/>
        <source>Hearings the courts set, in answer to the centre&apos;s letters, for today and the next 6 days. Open the Courts page.</source>
        <translation>សវនាការដែលតុលាការបានកំណត់ ជាចម្លើយចំពោះលិខិតរបស់មណ្ឌល សម្រាប់ថ្ងៃនេះ និង ៦ ថ្ងៃបន្ទាប់។ បើកទំព័រតុលាការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="304"/>
        <source>Rights: red lists</source>
        <translation>សិទ្ធិ៖ បញ្ជីក្រហម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="310"/>
        <source>Open this list on the Rights page: each entry stays until its cause is fixed or a supervisor explains it.</source>
        <translation>បើកបញ្ជីនេះនៅទំព័រសិទ្ធិ៖ ធាតុនីមួយៗនៅក្នុងបញ្ជី រហូតដល់មូលហេតុត្រូវបានដោះស្រាយ ឬអ្នកត្រួតពិនិត្យពន្យល់វា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="324"/>
        <source>Open the Export page: export again, or import headquarters&apos; acknowledgement.</source>
        <translation>បើកទំព័រនាំចេញ៖ នាំចេញម្ដងទៀត ឬនាំចូលការបញ្ជាក់ទទួលរបស់ទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="329"/>
        <source>Occupancy now, per dormitory</source>
        <translation>ការស្នាក់នៅឥឡូវនេះ តាមអន្តេវាសិកដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="354"/>
        <source>Could not read the figures: %1</source>
        <translation>មិនអាចអានតួលេខបានទេ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="374"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="400"/>
        <source>Headquarters has acknowledged no bundle for %1 days (the centre allows %2): export again or import the acknowledgement.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមិនបានបញ្ជាក់ទទួលកញ្ចប់ណាមួយអស់រយៈពេល %1 ថ្ងៃ (មជ្ឈមណ្ឌលអនុញ្ញាត %2 ថ្ងៃ)៖ សូមនាំចេញម្ដងទៀត ឬនាំចូលការបញ្ជាក់ទទួល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="427"/>
        <source>reached at 6 months (%1 of %2)</source>
        <translation>ទាក់ទងបាននៅខែទី ៦ (%1 ក្នុងចំណោម %2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="437"/>
        <source>Hours of vocational work recorded for days of this month (%1). Open the pay periods.</source>
        <translation>ម៉ោងការងារវិជ្ជាជីវៈដែលបានកត់ត្រាសម្រាប់ថ្ងៃនៃខែនេះ (%1)។ បើករយៈពេលបើកប្រាក់ឈ្នួល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="444"/>
        <source>as of %1</source>
        <translation>គិតត្រឹម %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="464"/>
        <source>No dormitory is configured yet; an administrator adds them on the Administration page.</source>
        <translation>មិនទាន់មានអន្តេវាសិកដ្ឋានទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមវានៅទំព័ររដ្ឋបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="468"/>
        <source>All %1: %2 of %3 beds</source>
        <translation>%1 ទាំងអស់៖ %2 ក្នុងចំណោម %3 គ្រែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="470"/>
        <source>%1 %2 waiting</source>
        <translation>%2 រង់ចាំ %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="477"/>
        <source>Occupied beds at each month&apos;s end against capacity (dashed); red: over capacity</source>
        <translation>គ្រែមានអ្នកស្នាក់នៅចុងខែនីមួយៗ ធៀបនឹងចំណុះ (បន្ទាត់ដាច់ៗ)៖ ពណ៌ក្រហម៖ លើសចំណុះ</translation>
    </message>
</context>
<context>
    <name>Dast10Form</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/short_questionnaires.py" line="83"/>
        <source>About the past 12 months, not counting alcohol. Y or 1: yes, N or 0: no.</source>
        <translation>អំពីរយៈពេល ១២ ខែកន្លងមក ដោយមិនរាប់គ្រឿងស្រវឹង។ Y ឬ 1៖ មាន, N ឬ 0៖ គ្មាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/short_questionnaires.py" line="96"/>
        <source>&lt;b&gt;DAST-10 score %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;ពិន្ទុ DAST-10 %1&lt;/b&gt; · %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/fields.py" line="78"/>
        <source>dd/mm/yyyy</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
</context>
<context>
    <name>DetaineesPage</name>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="69"/>
        <source>Search: Khmer or Latin name, case number, national id, inmate no. (Ctrl+F)</source>
        <translation>ស្វែងរក៖ ឈ្មោះខ្មែរ ឬឡាតាំង លេខករណី លេខអត្តសញ្ញាណប័ណ្ណ លេខអ្នកជាប់ឃុំ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="72"/>
        <source>Type any part of a name or number. Spelling variants such as Sok/Sokh or Chhun/Chun are found too.</source>
        <translation>វាយផ្នែកណាមួយនៃឈ្មោះ ឬលេខ។ ការសរសេរខុសៗគ្នា ដូចជា Sok/Sokh ឬ Chhun/Chun ក៏រកឃើញដែរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="94"/>
        <source>Double-click or press Enter to open the record.</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីបើកកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="96"/>
        <source>Print today&apos;s arrivals</source>
        <translation>បោះពុម្ពអ្នកមកដល់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="98"/>
        <source>The intake forms of everyone who arrived today, in one document.</source>
        <translation>ទម្រង់ទទួលចូលរបស់អ្នកមកដល់ថ្ងៃនេះទាំងអស់ ក្នុងឯកសារតែមួយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="149"/>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="181"/>
        <source>1 person</source>
        <translation>មនុស្ស ១ នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="181"/>
        <source>%1 people</source>
        <translation>មនុស្ស %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="183"/>
        <source>%1+ matches of %2 — keep typing to narrow</source>
        <translation>រកឃើញ %1+ ក្នុងចំណោម %2 — សូមវាយបន្ថែមដើម្បីបង្រួម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="185"/>
        <source>1 match of %2</source>
        <translation>រកឃើញ ១ ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="187"/>
        <source>%1 matches of %2</source>
        <translation>រកឃើញ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="191"/>
        <source>Search failed: %1</source>
        <translation>ការស្វែងរកបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="210"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/detainees_page.py" line="211"/>
        <source>Select a person in the list first.</source>
        <translation>សូមជ្រើសបុគ្គលម្នាក់ក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>DormitoriesList</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="284"/>
        <source>beds</source>
        <translation>គ្រែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="285"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="286"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="287"/>
        <source>For</source>
        <translation>សម្រាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="288"/>
        <source>Capacity</source>
        <translation>ចំណុះ</translation>
    </message>
</context>
<context>
    <name>DormitoriesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="92"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="93"/>
        <source>For</source>
        <translation>សម្រាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="94"/>
        <source>Beds</source>
        <translation>គ្រែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="95"/>
        <source>Occupied now</source>
        <translation>មានអ្នកនៅឥឡូវ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="96"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="91"/>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;</source>
        <translation>&lt;b&gt;កំណត់ត្រាដែលអាចស្ទួន&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="94"/>
        <source>&amp;Confirm new person</source>
        <translation>បញ្ជាក់ថាជាបុគ្គលថ្មី (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="97"/>
        <source>None of these records is the person in front of you: register a new person (recorded in the audit log).</source>
        <translation>គ្មានកំណត់ត្រាណាមួយនេះជាបុគ្គលនៅមុខអ្នកទេ៖ ចុះឈ្មោះបុគ្គលថ្មី (កត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="130"/>
        <source>%1 record(s) look like this person. Re-admit one of them, or confirm that this is a new person.</source>
        <translation>មានកំណត់ត្រា %1 ដូចបុគ្គលនេះ។ ទទួលម្នាក់ក្នុងចំណោមពួកគេចូលម្ដងទៀត ឬបញ្ជាក់ថានេះជាបុគ្គលថ្មី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="134"/>
        <source>%1 record(s) with the same name. Type the birth year to see whether one of them is this person, or re-admit one.</source>
        <translation>មានកំណត់ត្រា %1 ដែលមានឈ្មោះដូចគ្នា។ សូមវាយឆ្នាំកំណើត ដើម្បីដឹងថាតើម្នាក់ក្នុងចំណោមពួកគេជាបុគ្គលនេះឬទេ ឬទទួលម្នាក់ចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/duplicate_panel.py" line="138"/>
        <source>No similar person on record.</source>
        <translation>មិនមានបុគ្គលស្រដៀងគ្នាក្នុងកំណត់ត្រាទេ។</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="43"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="44"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="45"/>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="46"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="47"/>
        <source>Missing or failing</source>
        <translation>ខ្វះ ឬមិនឆ្លងកាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="48"/>
        <source>Verdict</source>
        <translation>សាលក្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="49"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/models.py" line="50"/>
        <source>Days waiting</source>
        <translation>ថ្ងៃរង់ចាំ</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="107"/>
        <source>All current episodes</source>
        <translation>ការស្នាក់នៅបច្ចុប្បន្នទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="108"/>
        <source>Waiting for a verdict (longest first)</source>
        <translation>កំពុងរង់ចាំសាលក្រម (យូរបំផុតមុន)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="109"/>
        <source>&amp;Pending only</source>
        <translation>តែកំពុងរង់ចាំ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="111"/>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="115"/>
        <source>Any</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="116"/>
        <source>no case on file</source>
        <translation>គ្មានសំណុំរឿងក្នុងឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="125"/>
        <source>Refresh (F5)</source>
        <translation>ផ្ទុកឡើងវិញ (F5)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="135"/>
        <source>Enter or double-click: open the person&apos;s record.</source>
        <translation>Enter ឬចុចពីរដង៖ បើកកំណត់ត្រារបស់បុគ្គល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="149"/>
        <source>&amp;Override…</source>
        <translation>លើកលែង… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="152"/>
        <source>P&amp;rint decision… (Ctrl+P)</source>
        <translation>បោះពុម្ពសេចក្ដីសម្រេច… (&amp;R) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="156"/>
        <source>Preview the decision letter with its reasons in Khmer and English.</source>
        <translation>មើលលិខិតសេចក្ដីសម្រេច ព្រមទាំងមូលហេតុ ជាភាសាខ្មែរ និងអង់គ្លេស។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="160"/>
        <source>&amp;Show:</source>
        <translation>បង្ហាញ (&amp;S)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="163"/>
        <source>&amp;Missing or failing:</source>
        <translation>ខ្វះ ឬមិនឆ្លងកាត់ (&amp;M)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="165"/>
        <source>&amp;Verdict:</source>
        <translation>សាលក្រម (&amp;V)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="184"/>
        <source>&lt;h2&gt;Eligibility&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;លក្ខណៈសម្បត្តិ&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="244"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="256"/>
        <source>%1 people · policy %2</source>
        <translation>%1 នាក់ · គោលការណ៍ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="291"/>
        <source>Select a person to see the reasons.</source>
        <translation>សូមជ្រើសបុគ្គលម្នាក់ដើម្បីមើលមូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="295"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 — &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; under policy %5, evaluated %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 — &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; តាមគោលការណ៍ %5 វាយតម្លៃថ្ងៃ %6</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="322"/>
        <source>Only a supervisor may override a rule.</source>
        <translation>មានតែអ្នកត្រួតពិនិត្យទេដែលអាចលើកលែងលក្ខខណ្ឌបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="324"/>
        <source>No failing rule of this decision may be overridden under the current policy.</source>
        <translation>គ្មានលក្ខខណ្ឌមិនឆ្លងកាត់ណាមួយនៃសេចក្ដីសម្រេចនេះអាចលើកលែងបានតាមគោលការណ៍បច្ចុប្បន្នទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="327"/>
        <source>Override a failing rule, with a written reason.</source>
        <translation>លើកលែងលក្ខខណ្ឌមិនឆ្លងកាត់ ដោយមានមូលហេតុជាលាយលក្ខណ៍អក្សរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="337"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="374"/>
        <source>Finishing the re-evaluation of the last policy change…</source>
        <translation>កំពុងបញ្ចប់ការវាយតម្លៃឡើងវិញ ក្រោយការផ្លាស់ប្ដូរគោលការណ៍ចុងក្រោយ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="382"/>
        <source>Policy %1: %2 of %3 decisions changed</source>
        <translation>គោលការណ៍ %1៖ សេចក្ដីសម្រេច %2 ក្នុងចំណោម %3 បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/page.py" line="401"/>
        <source>%1 changed since you last looked</source>
        <translation>%1 បានផ្លាស់ប្ដូរ តាំងពីអ្នកមើលលើកមុន</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="428"/>
        <source>End the place</source>
        <translation>បញ្ចប់កន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="428"/>
        <source>&amp;End</source>
        <translation>បញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="436"/>
        <source>what happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="437"/>
        <source>&amp;Why</source>
        <translation>មូលហេតុ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="438"/>
        <source>&amp;On</source>
        <translation>នៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="439"/>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="127"/>
        <source>Enrol from the waitlist</source>
        <translation>ចុះឈ្មោះចូលកម្មវិធីពីបញ្ជីរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="127"/>
        <source>&amp;Enrol</source>
        <translation>ចុះឈ្មោះចូល (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="134"/>
        <source>Rank %1 on the waitlist · %2 priority points · %3 · arrived %4</source>
        <translation>លំដាប់ទី %1 ក្នុងបញ្ជីរង់ចាំ · ពិន្ទុអាទិភាព %2 · %3 · មកដល់ %4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="138"/>
        <source>The programme the person was referred to.</source>
        <translation>កម្មវិធីដែលអ្នកនេះត្រូវបានបញ្ជូនទៅ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="143"/>
        <source>full</source>
        <translation>ពេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="144"/>
        <source>%1 free</source>
        <translation>ទំនេរ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="145"/>
        <source>%1 — %2 of %3 beds taken, %4</source>
        <translation>%1 — មានអ្នកនៅ %2 ក្នុងចំណោម %3 គ្រែ, %4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="157"/>
        <source>Enrol &amp;over capacity</source>
        <translation>ចុះឈ្មោះលើសចំណុះ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="161"/>
        <source>why this dormitory may go over capacity (shown on the dashboard)</source>
        <translation>ហេតុអ្វីអន្តេវាសិកដ្ឋាននេះអាចលើសចំណុះ (បង្ហាញលើផ្ទាំងព័ត៌មាន)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="165"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="166"/>
        <source>&amp;Dormitory</source>
        <translation>អន្តេវាសិកដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="167"/>
        <source>&amp;Bed</source>
        <translation>គ្រែ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="168"/>
        <source>&amp;Start date</source>
        <translation>ថ្ងៃចាប់ផ្ដើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="169"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="172"/>
        <source>Over-capacity reason</source>
        <translation>មូលហេតុលើសចំណុះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="174"/>
        <source>Eligible through a supervisor&apos;s override; the override is kept with the enrolment and shown with it.</source>
        <translation>មានលក្ខណៈសម្បត្តិ ដោយការលើកលែងរបស់អ្នកត្រួតពិនិត្យ។ ការលើកលែងនេះត្រូវរក្សាទុកជាមួយការចូលកម្មវិធី ហើយបង្ហាញជាមួយវា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="180"/>
        <source>No dormitory takes %1; an administrator adds one on the Administration page.</source>
        <translation>គ្មានអន្តេវាសិកដ្ឋានសម្រាប់%1ទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមវានៅទំព័ររដ្ឋបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="198"/>
        <source>lowest free bed (%1)</source>
        <translation>គ្រែទំនេរលេខតូចបំផុត (%1)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="200"/>
        <source>bed %1</source>
        <translation>គ្រែ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="202"/>
        <source>no bed free</source>
        <translation>គ្មានគ្រែទំនេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="205"/>
        <source>%1 is full (%2 people in %3 beds). Enrolling here puts it over capacity: tick the box below and give a reason, or choose another dormitory.</source>
        <translation>%1 ពេញហើយ (%2 នាក់ក្នុង %3 គ្រែ)។ ការចុះឈ្មោះនៅទីនេះធ្វើឱ្យលើសចំណុះ៖ គូសប្រអប់ខាងក្រោម ហើយផ្ដល់មូលហេតុ ឬជ្រើសអន្តេវាសិកដ្ឋានផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="217"/>
        <source>Choose a dormitory.</source>
        <translation>ជ្រើសអន្តេវាសិកដ្ឋាន។</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="412"/>
        <source>&amp;Waitlist</source>
        <translation>បញ្ជីរង់ចាំ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="413"/>
        <source>&amp;Bed board</source>
        <translation>តារាងគ្រែ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="414"/>
        <source>&amp;Sessions and roll call</source>
        <translation>វគ្គ និងការហៅឈ្មោះ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="416"/>
        <source>&lt;h2&gt;Enrolment&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ការចុះឈ្មោះចូលកម្មវិធី&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>EnrolmentSettingsDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="415"/>
        <source>Programmes, dormitories and the waitlist</source>
        <translation>កម្មវិធី អន្តេវាសិកដ្ឋាន និងបញ្ជីរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="421"/>
        <source>&amp;Programmes</source>
        <translation>កម្មវិធី (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="422"/>
        <source>&amp;Dormitories</source>
        <translation>អន្តេវាសិកដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="423"/>
        <source>Session &amp;types</source>
        <translation>ប្រភេទវគ្គ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="424"/>
        <source>&amp;Waitlist weights</source>
        <translation>មេគុណអាទិភាពនៃបញ្ជីរង់ចាំ (&amp;W)</translation>
    </message>
</context>
<context>
    <name>EnrolmentTab</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="82"/>
        <source>Re&amp;fer…</source>
        <translation>បញ្ជូន (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="84"/>
        <source>&amp;Enrol…</source>
        <translation>ចុះឈ្មោះចូល (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="85"/>
        <source>&amp;Change status…</source>
        <translation>ប្ដូរស្ថានភាព (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="92"/>
        <source>&lt;b&gt;Enrolments of case %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;ការចូលកម្មវិធីនៃករណី %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="107"/>
        <source>Status history</source>
        <translation>ប្រវត្តិស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="108"/>
        <source>Case plan</source>
        <translation>ផែនការករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="109"/>
        <source>Progress notes</source>
        <translation>កំណត់ចំណាំវឌ្ឍនភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="110"/>
        <source>Discharge summary</source>
        <translation>សេចក្ដីសង្ខេបពេលចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="141"/>
        <source>area: health, family, work…</source>
        <translation>ផ្នែក៖ សុខភាព គ្រួសារ ការងារ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="145"/>
        <source>the goal, in a sentence</source>
        <translation>គោលដៅ ក្នុងមួយប្រយោគ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="147"/>
        <source>target dd/mm/yyyy</source>
        <translation>គោលដៅ ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="149"/>
        <source>Add &amp;goal</source>
        <translation>បន្ថែមគោលដៅ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="150"/>
        <source>Achie&amp;ved</source>
        <translation>សម្រេចបាន (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="151"/>
        <source>Dro&amp;pped</source>
        <translation>បោះបង់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="172"/>
        <source>What happened, what was agreed…</source>
        <translation>អ្វីដែលបានកើតឡើង អ្វីដែលបានព្រមព្រៀង…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="175"/>
        <source>Add &amp;note</source>
        <translation>បន្ថែមកំណត់ចំណាំ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="195"/>
        <source>How the treatment went, the goals reached, health at discharge</source>
        <translation>ការព្យាបាលដំណើរការយ៉ាងណា គោលដៅដែលសម្រេចបាន សុខភាពពេលចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="201"/>
        <source>family, commune focal person, clinic…</source>
        <translation>គ្រួសារ មន្ត្រីទំនាក់ទំនងឃុំ គ្លីនិក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="202"/>
        <source>&amp;Save summary (Ctrl+S)</source>
        <translation>រក្សាទុកសេចក្ដីសង្ខេប (Ctrl+S) (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="204"/>
        <source>P&amp;rint…</source>
        <translation>បោះពុម្ព (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="208"/>
        <source>&amp;Written on</source>
        <translation>សរសេរនៅថ្ងៃ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="209"/>
        <source>Su&amp;mmary</source>
        <translation>សេចក្ដីសង្ខេប (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="210"/>
        <source>Recommen&amp;dations</source>
        <translation>អនុសាសន៍ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="211"/>
        <source>&amp;Follow-up</source>
        <translation>ការតាមដាន (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="250"/>
        <source>An enrolment is open; end it before referring again.</source>
        <translation>មានការចូលកម្មវិធីមួយកំពុងបើក។ សូមបញ្ចប់វាមុននឹងបញ្ជូនម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="252"/>
        <source>Refer this stay to a treatment programme.</source>
        <translation>បញ្ជូនការស្នាក់នៅនេះទៅកម្មវិធីព្យាបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="261"/>
        <source>Not referred to treatment yet.</source>
        <translation>មិនទាន់បានបញ្ជូនទៅការព្យាបាលនៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="273"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="278"/>
        <source>Enrolled %1, planned end %2; attendance %3</source>
        <translation>ចូលកម្មវិធី %1 គ្រោងបញ្ចប់ %2 · វត្តមាន %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="284"/>
        <source>Over capacity: %1</source>
        <translation>លើសចំណុះ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="288"/>
        <source>Supervisor override: %1</source>
        <translation>ការលើកលែងរបស់អ្នកត្រួតពិនិត្យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="305"/>
        <source>The discharge summary is written once the enrolment has ended.</source>
        <translation>សេចក្ដីសង្ខេបពេលចេញត្រូវសរសេរនៅពេលការចូលកម្មវិធីបានបញ្ចប់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="308"/>
        <source>Not written yet.</source>
        <translation>មិនទាន់សរសេរនៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="310"/>
        <source>Written on %1 by %2.</source>
        <translation>សរសេរនៅថ្ងៃ %1 ដោយ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="349"/>
        <source>%1 is %2 for enrolment; only an eligible person can be enrolled.</source>
        <translation>%1 %2 សម្រាប់ការចូលកម្មវិធី។ មានតែអ្នកមានលក្ខណៈសម្បត្តិទេដែលអាចចុះឈ្មោះចូលបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/tab.py" line="388"/>
        <source>Select a goal in the case plan first.</source>
        <translation>សូមជ្រើសគោលដៅក្នុងផែនការករណីជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>EnrolmentTexts</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="36"/>
        <source>not evaluated</source>
        <translation>មិនទាន់វាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="37"/>
        <source>(supervisor override)</source>
        <translation>(ការលើកលែងរបស់អ្នកត្រួតពិនិត្យ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="38"/>
        <source>not screened</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/words.py" line="37"/>
        <source>men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/words.py" line="38"/>
        <source>women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="39"/>
        <source>no sessions marked</source>
        <translation>មិនទាន់មានវគ្គកត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="40"/>
        <source>%1 excused</source>
        <translation>មានច្បាប់ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="41"/>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 ក្នុងចំណោម %3)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="42"/>
        <source>%1, no bed</source>
        <translation>%1, គ្មានគ្រែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="43"/>
        <source>%1, bed %2</source>
        <translation>%1, គ្រែ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="44"/>
        <source>OVER CAPACITY</source>
        <translation>លើសចំណុះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="45"/>
        <source>Over capacity: %1</source>
        <translation>លើសចំណុះ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/texts.py" line="46"/>
        <source>Supervisor override: %1</source>
        <translation>ការលើកលែងរបស់អ្នកត្រួតពិនិត្យ៖ %1</translation>
    </message>
</context>
<context>
    <name>EnrolmentsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="109"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="110"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="111"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="112"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="113"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="114"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="115"/>
        <source>Enrolled</source>
        <translation>ចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="116"/>
        <source>Planned end</source>
        <translation>គ្រោងបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="117"/>
        <source>Ended</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="118"/>
        <source>Over capacity / override</source>
        <translation>លើសចំណុះ / ការលើកលែង</translation>
    </message>
</context>
<context>
    <name>EpisodeFields</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="54"/>
        <source>dd/mm/yyyy</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="55"/>
        <source>The day the person arrived at the centre (dd/mm/yyyy); today unless registered late.</source>
        <translation>ថ្ងៃដែលបុគ្គលមកដល់មជ្ឈមណ្ឌល (ថ្ងៃ/ខែ/ឆ្នាំ)៖ ថ្ងៃនេះ លើកលែងតែចុះឈ្មោះយឺត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="58"/>
        <source>Where the person was transferred from.</source>
        <translation>កន្លែងដែលបុគ្គលត្រូវបានផ្ទេរមក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="60"/>
        <source>The number of the transfer order or letter.</source>
        <translation>លេខដីកា ឬលិខិតផ្ទេរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="63"/>
        <source>Who brought the person (name and unit).</source>
        <translation>អ្នកដែលនាំបុគ្គលមក (ឈ្មោះ និងអង្គភាព)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="68"/>
        <source>What the person brought: one line per item, with quantity and condition.</source>
        <translation>របស់ដែលបុគ្គលយកមក៖ មួយជួរក្នុងមួយរបស់ ជាមួយចំនួន និងស្ថានភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="79"/>
        <source>Add item</source>
        <translation>បន្ថែមរបស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="80"/>
        <source>Add a line to the belongings list (Ctrl+I).</source>
        <translation>បន្ថែមជួរមួយក្នុងបញ្ជីរបស់របរ (Ctrl+I)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="82"/>
        <source>Remove item</source>
        <translation>លុបរបស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="83"/>
        <source>Remove the selected line of the belongings list.</source>
        <translation>លុបជួរដែលបានជ្រើសចេញពីបញ្ជីរបស់របរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="92"/>
        <source>A&amp;rrived</source>
        <translation>មកដល់ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="93"/>
        <source>&amp;Transferred from</source>
        <translation>ផ្ទេរមកពី (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="94"/>
        <source>Transfer &amp;document</source>
        <translation>លិខិតផ្ទេរ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="95"/>
        <source>&amp;Escort</source>
        <translation>អ្នកអមដំណើរ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/episode_fields.py" line="96"/>
        <source>Belon&amp;gings</source>
        <translation>របស់របរ (&amp;G)</translation>
    </message>
</context>
<context>
    <name>EpisodesTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="78"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="78"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="78"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="79"/>
        <source>Transferred from</source>
        <translation>ផ្ទេរមកពី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="79"/>
        <source>Transfer document</source>
        <translation>លិខិតផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="79"/>
        <source>Escort</source>
        <translation>អ្នកអមដំណើរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="80"/>
        <source>Belongings</source>
        <translation>របស់របរ</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="105"/>
        <source>Explain</source>
        <translation>ពន្យល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="105"/>
        <source>E&amp;xplain</source>
        <translation>ពន្យល់ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="109"/>
        <source>%1 · %2: on the list “%3” since %4. The entry leaves the list until its cause changes; the reason is kept in the audit log.</source>
        <translation>%1 · %2៖ នៅក្នុងបញ្ជី «%3» តាំងពីថ្ងៃ %4។ ធាតុនេះចេញពីបញ្ជី រហូតដល់មូលហេតុរបស់វាផ្លាស់ប្ដូរ។ មូលហេតុត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="115"/>
        <source>why the person stays on the list</source>
        <translation>មូលហេតុដែលបុគ្គលនេះនៅក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="116"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="79"/>
        <source>&lt;h2&gt;Export to headquarters&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;នាំចេញទៅទីស្នាក់ការកណ្ដាល&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="82"/>
        <source>Headquarters&apos; key fingerprint as a QR code: hold it beside the one headquarters printed.</source>
        <translation>ស្នាមសម្គាល់សោទីស្នាក់ការកណ្ដាលជាកូដ QR៖ សូមដាក់វាក្បែរកូដដែលទីស្នាក់ការកណ្ដាលបានបោះពុម្ព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="92"/>
        <source>&amp;Export to drive…</source>
        <translation>នាំចេញទៅដ្រាយ…(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="94"/>
        <source>Writes every change since the last bundle to a USB drive, encrypted for headquarters and signed by this centre.</source>
        <translation>សរសេររាល់ការផ្លាស់ប្ដូរចាប់តាំងពីកញ្ចប់ចុងក្រោយទៅដ្រាយ USB ដោយអ៊ិនគ្រីបសម្រាប់ទីស្នាក់ការកណ្ដាល និងចុះហត្ថលេខាដោយមជ្ឈមណ្ឌលនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="96"/>
        <source>Export &amp;again since the last acknowledgement…</source>
        <translation>នាំចេញម្ដងទៀតចាប់តាំងពីការបញ្ជាក់ទទួលចុងក្រោយ…(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="99"/>
        <source>For a bundle headquarters never received: carries everything headquarters has not acknowledged yet.</source>
        <translation>សម្រាប់កញ្ចប់ដែលទីស្នាក់ការកណ្ដាលមិនបានទទួល៖ ដឹកអ្វីៗទាំងអស់ដែលទីស្នាក់ការកណ្ដាលមិនទាន់បញ្ជាក់ទទួល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="101"/>
        <source>Import &amp;acknowledgement…</source>
        <translation>នាំចូលការបញ្ជាក់ទទួល…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="102"/>
        <source>Install &amp;headquarters&apos; key…</source>
        <translation>ដំឡើងសោទីស្នាក់ការកណ្ដាល…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="111"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="119"/>
        <location filename="../../rehabdesk/ui/export/page.py" line="123"/>
        <source>Rows</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="119"/>
        <source>Records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="120"/>
        <source>Finding</source>
        <translation>អ្វីដែលរកឃើញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="120"/>
        <source>Cases</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="122"/>
        <source>Bundle</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="122"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="122"/>
        <source>Made</source>
        <translation>បានបង្កើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="122"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="123"/>
        <source>Headquarters has it</source>
        <translation>ទីស្នាក់ការកណ្ដាលបានទទួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="125"/>
        <source>What will travel</source>
        <translation>អ្វីដែលនឹងត្រូវផ្ញើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="126"/>
        <source>Data quality (nothing is blocked)</source>
        <translation>គុណភាពទិន្នន័យ (គ្មានអ្វីត្រូវបានរារាំងទេ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="142"/>
        <source>Bundles made</source>
        <translation>កញ្ចប់ដែលបានបង្កើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="174"/>
        <source>Exporting to headquarters is for supervisors and administrators.</source>
        <translation>ការនាំចេញទៅទីស្នាក់ការកណ្ដាលគឺសម្រាប់អ្នកត្រួតពិនិត្យ និងអ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="182"/>
        <location filename="../../rehabdesk/ui/export/page.py" line="185"/>
        <source>%1 — in words: %2</source>
        <translation>%1 — ជាពាក្យ៖ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="184"/>
        <source>not installed</source>
        <translation>មិនទាន់ដំឡើង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="214"/>
        <source>Photos</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="215"/>
        <source>sent with the people</source>
        <translation>ផ្ញើជាមួយមនុស្ស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="216"/>
        <source>not sent (a centre setting)</source>
        <translation>មិនផ្ញើទេ (ការកំណត់របស់មជ្ឈមណ្ឌល)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="323"/>
        <source>Headquarters&apos; key installed. Compare its fingerprint with the one headquarters gave: %1 — in words: %2</source>
        <translation>សោទីស្នាក់ការកណ្ដាលត្រូវបានដំឡើងហើយ។ សូមប្រៀបធៀបស្នាមសម្គាល់របស់វាជាមួយស្នាមសម្គាល់ដែលទីស្នាក់ការកណ្ដាលបានផ្ដល់៖ %1 — ជាពាក្យ៖ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="187"/>
        <source>made at the first export</source>
        <translation>បង្កើតនៅពេលនាំចេញលើកដំបូង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="188"/>
        <source>Headquarters&apos; key: %1.&lt;br&gt;This centre&apos;s key: %2.</source>
        <translation>សោទីស្នាក់ការកណ្ដាល៖ %1។&lt;br&gt;សោរបស់មជ្ឈមណ្ឌលនេះ៖ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="195"/>
        <source>never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="197"/>
        <source>Last bundle: %1, made %2. Last acknowledgement from headquarters: %3. Not acknowledged yet: %4.</source>
        <translation>កញ្ចប់ចុងក្រោយ៖ %1 បានបង្កើត %2។ ការបញ្ជាក់ទទួលចុងក្រោយពីទីស្នាក់ការកណ្ដាល៖ %3។ មិនទាន់បញ្ជាក់ទទួល៖ %4។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="202"/>
        <source>No bundle has been made yet: the first one carries every record.</source>
        <translation>មិនទាន់មានកញ្ចប់ណាមួយត្រូវបានបង្កើតនៅឡើយទេ៖ កញ្ចប់ទីមួយនឹងដឹករាល់កំណត់ត្រាទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="206"/>
        <source>People</source>
        <translation>មនុស្ស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="206"/>
        <source>Stays</source>
        <translation>ការស្នាក់នៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="207"/>
        <source>Deletions</source>
        <translation>ការលុប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="210"/>
        <source>Other records (screenings, decisions, programmes, work, releases…)</source>
        <translation>កំណត់ត្រាផ្សេងទៀត (ការវាយតម្លៃ សេចក្ដីសម្រេច កម្មវិធី ការងារ ការដោះលែង…)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="212"/>
        <source>In all</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="223"/>
        <source>%1 missing or unknown: %2 of %3 (%4 %)</source>
        <translation>%1 ខ្វះ ឬមិនស្គាល់៖ %2 ក្នុងចំណោម %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="233"/>
        <source>not yet</source>
        <translation>មិនទាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="259"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="266"/>
        <source>Export to drive</source>
        <translation>នាំចេញទៅដ្រាយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="273"/>
        <source>Writing the bundle to %1…</source>
        <translation>កំពុងសរសេរកញ្ចប់ទៅ %1…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="289"/>
        <source>Export cancelled: nothing was written and nothing changed.</source>
        <translation>ការនាំចេញត្រូវបានបោះបង់៖ គ្មានអ្វីត្រូវបានសរសេរ ហើយគ្មានអ្វីបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="292"/>
        <source>Bundle %1 written and verified: %2 (%3 rows).</source>
        <translation>កញ្ចប់ %1 ត្រូវបានសរសេរ និងផ្ទៀងផ្ទាត់រួច៖ %2 (%3 ជួរ)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="308"/>
        <source>%1 could not be read (%2).</source>
        <translation>មិនអាចអាន %1 បានទេ (%2)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="315"/>
        <source>Headquarters&apos; key</source>
        <translation>សោទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="316"/>
        <source>Key files (*.json);;All files (*)</source>
        <translation>ឯកសារសោ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="329"/>
        <source>Acknowledgement from headquarters</source>
        <translation>ការបញ្ជាក់ទទួលពីទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="330"/>
        <source>Acknowledgements (*.json);;All files (*)</source>
        <translation>ការបញ្ជាក់ទទួល (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/page.py" line="341"/>
        <source>Headquarters holds every bundle up to %1.</source>
        <translation>ទីស្នាក់ការកណ្ដាលមានរាល់កញ្ចប់រហូតដល់ %1។</translation>
    </message>
</context>
<context>
    <name>FollowUpPointsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="180"/>
        <source>Point</source>
        <translation>ដំណាក់កាលតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="181"/>
        <source>Due</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="182"/>
        <source>Window</source>
        <translation>ចន្លោះពេល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="183"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="184"/>
        <source>Attempts</source>
        <translation>ការប៉ុនប៉ងទាក់ទង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="185"/>
        <source>Interview</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="195"/>
        <source>Area</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="196"/>
        <source>Goal</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="197"/>
        <source>Set</source>
        <translation>កំណត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="198"/>
        <source>Target</source>
        <translation>គោលដៅកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="199"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="200"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="201"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="324"/>
        <source>Named access for a monitor</source>
        <translation>សិទ្ធិឃើញឈ្មោះសម្រាប់អ្នកសង្កេតការណ៍ឯករាជ្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="325"/>
        <source>&amp;Grant</source>
        <translation>អនុញ្ញាត (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="329"/>
        <source>The monitor sees this person&apos;s name and case number until the access expires; the grant and each of the monitor&apos;s views are audited.</source>
        <translation>អ្នកសង្កេតការណ៍ឯករាជ្យឃើញឈ្មោះ និងលេខករណីរបស់បុគ្គលនេះ រហូតដល់សិទ្ធិផុតកំណត់។ ការអនុញ្ញាត និងការមើលនីមួយៗត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="337"/>
        <source>the monitor&apos;s request</source>
        <translation>សំណើរបស់អ្នកសង្កេតការណ៍ឯករាជ្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="338"/>
        <source>&amp;Monitor</source>
        <translation>អ្នកសង្កេតការណ៍ឯករាជ្យ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="339"/>
        <source>&amp;Days</source>
        <translation>ចំនួនថ្ងៃ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="340"/>
        <source>&amp;Request</source>
        <translation>សំណើ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>GrievanceDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="161"/>
        <source>File a grievance</source>
        <translation>ដាក់ពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="161"/>
        <source>&amp;File</source>
        <translation>ដាក់ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="165"/>
        <source>Anyone may file a grievance. It is answered by the centre&apos;s deadline, never deleted, and whoever filed it gets a printed receipt.</source>
        <translation>អ្នកណាក៏អាចដាក់ពាក្យបណ្ដឹងបាន។ ពាក្យបណ្ដឹងត្រូវបានឆ្លើយតបតាមកាលកំណត់របស់មណ្ឌល មិនដែលត្រូវបានលុបចោលឡើយ ហើយអ្នកដាក់ទទួលបានបង្កាន់ដៃបោះពុម្ព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="170"/>
        <source>who filed it, and their relation</source>
        <translation>អ្នកដាក់ និងការទាក់ទងរបស់គាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="172"/>
        <source>What the grievance is about, in the filer&apos;s words.</source>
        <translation>ខ្លឹមសារនៃពាក្យបណ្ដឹង តាមពាក្យសម្ដីរបស់អ្នកដាក់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="173"/>
        <source>&amp;Confidential</source>
        <translation>សម្ងាត់ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="175"/>
        <source>who answers it</source>
        <translation>អ្នកឆ្លើយតប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="176"/>
        <source>Filed &amp;on</source>
        <translation>ដាក់នៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="177"/>
        <source>Filed &amp;by</source>
        <translation>ដាក់ដោយ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="178"/>
        <source>&amp;Name</source>
        <translation>ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="179"/>
        <source>Ca&amp;tegory</source>
        <translation>ប្រភេទ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="180"/>
        <source>&amp;What it is about</source>
        <translation>ខ្លឹមសារ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="182"/>
        <source>&amp;Assigned to</source>
        <translation>ប្រគល់ឱ្យ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>GrievancesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="89"/>
        <source>No.</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="90"/>
        <source>Filed</source>
        <translation>ថ្ងៃដាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="91"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="92"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="93"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="94"/>
        <source>Answer by</source>
        <translation>ឆ្លើយតបមុនថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="95"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="130"/>
        <source>Rights sheet handed over</source>
        <translation>សន្លឹកសិទ្ធិបានប្រគល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="130"/>
        <source>Sa&amp;ve</source>
        <translation>រក្សាទុក (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="135"/>
        <source>The printed rights sheet was read aloud, handed over and signed or thumbprinted by the person.</source>
        <translation>សន្លឹកសិទ្ធិដែលបានបោះពុម្ព ត្រូវបានអានឮៗ ប្រគល់ជូន ហើយបុគ្គលនេះបានចុះហត្ថលេខា ឬផ្ដិតមេដៃ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="139"/>
        <source>signed</source>
        <translation>បានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="140"/>
        <source>thumbprinted</source>
        <translation>បានផ្ដិតមេដៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="142"/>
        <source>&amp;Handed over on</source>
        <translation>ប្រគល់នៅថ្ងៃ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="143"/>
        <source>&amp;Acknowledged</source>
        <translation>ការទទួលស្គាល់ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="144"/>
        <source>Handed over &amp;by</source>
        <translation>ប្រគល់ដោយ (&amp;B)</translation>
    </message>
</context>
<context>
    <name>HealthScreenForm</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="67"/>
        <source>Restricted: only health officers see the health screen.</source>
        <translation>មានកម្រិតសិទ្ធិ៖ មានតែមន្ត្រីសុខាភិបាលទេ ដែលអាចមើលការពិនិត្យសុខភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="82"/>
        <source>Cough for 2 weeks or more</source>
        <translation>ក្អករយៈពេល 2 សប្ដាហ៍ ឬលើសពីនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="83"/>
        <source>Fever</source>
        <translation>គ្រុនក្ដៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="84"/>
        <source>Night sweats</source>
        <translation>បែកញើសពេលយប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="85"/>
        <source>Weight loss</source>
        <translation>ស្រកទម្ងន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="86"/>
        <source>Offered</source>
        <translation>បានផ្ដល់ជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="87"/>
        <source>Accepted</source>
        <translation>បានទទួលយក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="89"/>
        <source>result not known yet</source>
        <translation>មិនទាន់ដឹងលទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="90"/>
        <source>negative</source>
        <translation>អវិជ្ជមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="91"/>
        <source>positive</source>
        <translation>វិជ្ជមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="92"/>
        <source>indeterminate</source>
        <translation>មិនអាចកំណត់បាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="95"/>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="128"/>
        <source>not assessed</source>
        <translation>មិនទាន់វាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="98"/>
        <source>Psychosis</source>
        <translation>វិកលចរិត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="99"/>
        <source>Suicidal thoughts</source>
        <translation>គំនិតចង់ធ្វើអត្តឃាត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="101"/>
        <source>e.g. hypertension, diabetes, hepatitis B</source>
        <translation>ឧ. លើសសម្ពាធឈាម ទឹកនោមផ្អែម រលាកថ្លើមប្រភេទ B</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="106"/>
        <source>Screened &amp;on</source>
        <translation>ពិនិត្យនៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="107"/>
        <source>Screened &amp;by</source>
        <translation>ពិនិត្យដោយ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="108"/>
        <source>TB symptoms</source>
        <translation>រោគសញ្ញាជំងឺរបេង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="110"/>
        <source>HIV test</source>
        <translation>តេស្តមេរោគអេដស៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="112"/>
        <source>Withdrawal risk</source>
        <translation>ហានិភ័យនៃការញៀនដាច់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="113"/>
        <source>Mental-health red flags</source>
        <translation>សញ្ញាគ្រោះថ្នាក់សុខភាពផ្លូវចិត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="114"/>
        <source>Chronic conditions</source>
        <translation>ជំងឺរ៉ាំរ៉ៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="115"/>
        <source>Fit for the residential programme</source>
        <translation>សមស្របសម្រាប់កម្មវិធីស្នាក់នៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="116"/>
        <source>Fit for manual work</source>
        <translation>សមស្របសម្រាប់ការងារប្រើកម្លាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="117"/>
        <source>Only health officers see this screen; the HIV part never appears in the audit log or on paper.</source>
        <translation>មានតែមន្ត្រីសុខាភិបាលទេដែលមើលឃើញផ្ទាំងនេះ។ ផ្នែកមេរោគអេដស៍មិនដែលបង្ហាញក្នុងកំណត់ហេតុសវនកម្ម ឬលើក្រដាសទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="128"/>
        <source>yes</source>
        <translation>មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="129"/>
        <source>no</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="175"/>
        <source> Nothing was saved.</source>
        <translation> គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/health_screen_form.py" line="183"/>
        <source>Health screen of %1 saved.</source>
        <translation>បានរក្សាទុកការពិនិត្យសុខភាពថ្ងៃ %1។</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="121"/>
        <source>Decided on</source>
        <translation>ថ្ងៃសម្រេច</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="122"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="123"/>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="124"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="102"/>
        <source>What happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="102"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
</context>
<context>
    <name>HoursByMonthModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="169"/>
        <source>Month</source>
        <translation>ខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="170"/>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="171"/>
        <source>Earned</source>
        <translation>ប្រាក់រកបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="172"/>
        <source>Saved for release</source>
        <translation>ប្រាក់សន្សំសម្រាប់ថ្ងៃដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="173"/>
        <source>Paid out</source>
        <translation>បានបើកជូន</translation>
    </message>
</context>
<context>
    <name>HqCentresModel</name>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="15"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="21"/>
        <source>Centre</source>
        <translation>មណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="22"/>
        <source>Bundles</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="23"/>
        <source>Last bundle</source>
        <translation>កញ្ចប់ចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="24"/>
        <source>Last import</source>
        <translation>ការនាំចូលចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="25"/>
        <source>Acknowledged up to</source>
        <translation>បានបញ្ជាក់ការទទួលរហូតដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="26"/>
        <source>Missing bundles</source>
        <translation>កញ្ចប់ដែលខ្វះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="27"/>
        <source>Forks</source>
        <translation>ការបំបែក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="28"/>
        <source>Audit chain</source>
        <translation>ខ្សែសង្វាក់សវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="33"/>
        <source>verified to entry %1</source>
        <translation>បានផ្ទៀងផ្ទាត់ដល់ធាតុ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="42"/>
        <source>Key fingerprint: %1</source>
        <translation>ស្នាមម្រាមដៃសោ៖ %1</translation>
    </message>
</context>
<context>
    <name>HqConflictsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="49"/>
        <source>Centre</source>
        <translation>មណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="50"/>
        <source>Table</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="51"/>
        <source>Bundle</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="52"/>
        <source>Held version</source>
        <translation>កំណែដែលមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="53"/>
        <source>Incoming version</source>
        <translation>កំណែដែលមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="54"/>
        <source>What differs</source>
        <translation>អ្វីដែលខុសគ្នា</translation>
    </message>
</context>
<context>
    <name>HqPairsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="68"/>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="69"/>
        <source>First centre</source>
        <translation>មណ្ឌលទីមួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="70"/>
        <location filename="../../rehabdesk/ui/hq/models.py" line="72"/>
        <source>Person there</source>
        <translation>បុគ្គលនៅទីនោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="71"/>
        <source>Second centre</source>
        <translation>មណ្ឌលទីពីរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="73"/>
        <source>Decision</source>
        <translation>ការសម្រេច</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="81"/>
        <source>to review</source>
        <translation>ត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="82"/>
        <source>same person</source>
        <translation>បុគ្គលតែមួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/models.py" line="83"/>
        <source>not the same</source>
        <translation>មិនមែនតែមួយ</translation>
    </message>
</context>
<context>
    <name>HqReleasesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="40"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="41"/>
        <source>Who</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="42"/>
        <source>What</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="43"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="44"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="45"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="49"/>
        <source>national statistics</source>
        <translation>ស្ថិតិថ្នាក់ជាតិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="50"/>
        <source>episode extract</source>
        <translation>ទិន្នន័យដកស្រង់នៃការស្នាក់នៅ</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="62"/>
        <source>RehabDesk — Headquarters</source>
        <translation>RehabDesk — ទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="68"/>
        <source>Import a folder of bundles…</source>
        <translation>នាំចូលថតកញ្ចប់…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="69"/>
        <source>Centres</source>
        <translation>មណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="72"/>
        <source>Keep what headquarters holds…</source>
        <translation>រក្សាកំណែដែលទីស្នាក់ការកណ្ដាលមាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="74"/>
        <source>Keep what the bundle brought…</source>
        <translation>រក្សាកំណែដែលកញ្ចប់នាំមក…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="76"/>
        <source>Conflicts</source>
        <translation>ភាពផ្ទុយគ្នា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="79"/>
        <source>The same person</source>
        <translation>បុគ្គលតែមួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="80"/>
        <source>Not the same person</source>
        <translation>មិនមែនបុគ្គលតែមួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="81"/>
        <source>Pairs to review</source>
        <translation>គូដែលត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="83"/>
        <source>Statistics</source>
        <translation>ស្ថិតិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="123"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="131"/>
        <source>Centres: %1 · Conflicts: %2 · Pairs: %3</source>
        <translation>មណ្ឌល៖ %1 · ភាពផ្ទុយគ្នា៖ %2 · គូ៖ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="141"/>
        <source>Folder of bundles</source>
        <translation>ថតកញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="145"/>
        <source>Importing %1 bundles…</source>
        <translation>កំពុងនាំចូលកញ្ចប់ %1…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="161"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 conflicts, %5 rejected</source>
        <translation>បង្កើត %1 ធ្វើបច្ចុប្បន្នភាព %2 មិនផ្លាស់ប្ដូរ %3 ផ្ទុយគ្នា %4 បដិសេធ %5</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="168"/>
        <source>No bundles.</source>
        <translation>គ្មានកញ្ចប់ទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/window.py" line="180"/>
        <source>Why is this version kept?</source>
        <translation>ហេតុអ្វីរក្សាកំណែនេះ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/install.py" line="32"/>
        <source>Headquarters</source>
        <translation>ទីស្នាក់ការកណ្ដាល</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="71"/>
        <source>The name in Khmer script, as on the transfer papers.</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ ដូចក្នុងឯកសារផ្ទេរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="74"/>
        <source>The name in Latin letters, as on the transfer papers (any spelling: Sok or Sokh).</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង ដូចក្នុងឯកសារផ្ទេរ (អក្ខរាវិរុទ្ធណាក៏បាន៖ Sok ឬ Sokh)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="78"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="79"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="80"/>
        <source>Sex as recorded on the transfer papers (type M or F).</source>
        <translation>ភេទ ដូចក្នុងឯកសារផ្ទេរ (វាយ M ឬ F)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="82"/>
        <source>Exact date</source>
        <translation>ថ្ងៃខែឆ្នាំពិតប្រាកដ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="83"/>
        <source>Month and year</source>
        <translation>ខែ និងឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="84"/>
        <source>Year only</source>
        <translation>តែឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="85"/>
        <source>Estimated age</source>
        <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="88"/>
        <source>How much of the birth date is known.</source>
        <translation>ដឹងថ្ងៃខែឆ្នាំកំណើតប៉ុណ្ណា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="90"/>
        <source>The birth date, month, year or apparent age, as chosen on the left. Leave empty if unknown.</source>
        <translation>ថ្ងៃកំណើត ខែ ឆ្នាំ ឬអាយុប៉ាន់ស្មាន តាមការជ្រើសនៅខាងឆ្វេង។ ទុកទទេ បើមិនដឹង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="93"/>
        <source>The national identity card number, if any.</source>
        <translation>លេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ (បើមាន)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="95"/>
        <source>The prison the person comes from: choose from the list or type a new one.</source>
        <translation>ពន្ធនាគារដែលបុគ្គលមកពី៖ ជ្រើសពីបញ្ជី ឬវាយឈ្មោះថ្មី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="98"/>
        <source>The inmate number given by the origin prison.</source>
        <translation>លេខអ្នកជាប់ឃុំដែលពន្ធនាគារដើមបានផ្ដល់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="101"/>
        <source>Name of the next of kin to contact.</source>
        <translation>ឈ្មោះសាច់ញាតិដែលត្រូវទាក់ទង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="103"/>
        <source>How the next of kin is related (mother, brother, wife…).</source>
        <translation>ទំនាក់ទំនងរបស់សាច់ញាតិ (ម្ដាយ បងប្អូនប្រុស ប្រពន្ធ…)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="106"/>
        <source>The next of kin&apos;s telephone number.</source>
        <translation>លេខទូរស័ព្ទរបស់សាច់ញាតិ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="122"/>
        <source>Name (&amp;Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ) (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="123"/>
        <source>Name (&amp;Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="124"/>
        <source>&amp;Sex</source>
        <translation>ភេទ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="125"/>
        <source>&amp;Born</source>
        <translation>ថ្ងៃកំណើត (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="126"/>
        <source>National &amp;id</source>
        <translation>អត្តសញ្ញាណប័ណ្ណ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="127"/>
        <source>&amp;Origin prison</source>
        <translation>ពន្ធនាគារដើម (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="128"/>
        <source>Inmate n&amp;o.</source>
        <translation>លេខអ្នកជាប់ឃុំ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="129"/>
        <source>Home &amp;address</source>
        <translation>អាសយដ្ឋានស្នាក់នៅ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="131"/>
        <source>Next of &amp;kin</source>
        <translation>សាច់ញាតិ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="132"/>
        <source>Relation</source>
        <translation>ត្រូវជា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="133"/>
        <source>&amp;Phone</source>
        <translation>ទូរស័ព្ទ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="157"/>
        <source>dd/mm/yyyy</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="158"/>
        <source>mm/yyyy</source>
        <translation>ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="159"/>
        <source>yyyy</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="160"/>
        <source>age in years</source>
        <translation>អាយុគិតជាឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="197"/>
        <source>Enter the name in Khmer script or in Latin letters (or both).</source>
        <translation>សូមបញ្ចូលឈ្មោះជាអក្សរខ្មែរ ឬអក្សរឡាតាំង (ឬទាំងពីរ)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/identity_fields.py" line="199"/>
        <source>Choose the sex (type M or F).</source>
        <translation>សូមជ្រើសភេទ (វាយ M ឬ F)។</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/record/identity_editor.py" line="59"/>
        <source>&amp;Edit identity</source>
        <translation>កែអត្តសញ្ញាណ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/identity_editor.py" line="61"/>
        <source>Correct the person&apos;s identity; every change is recorded in the history.</source>
        <translation>កែតម្រូវអត្តសញ្ញាណរបស់បុគ្គល៖ រាល់ការផ្លាស់ប្ដូរត្រូវបានកត់ត្រាក្នុងប្រវត្តិ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/identity_editor.py" line="64"/>
        <source>&amp;Save changes</source>
        <translation>រក្សាទុកការផ្លាស់ប្ដូរ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/identity_editor.py" line="66"/>
        <source>Save the corrected identity (Ctrl+S).</source>
        <translation>រក្សាទុកអត្តសញ្ញាណដែលបានកែតម្រូវ (Ctrl+S)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/identity_editor.py" line="67"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/identity_editor.py" line="68"/>
        <source>Leave the identity as it was (Esc).</source>
        <translation>ទុកអត្តសញ្ញាណដូចដើម (Esc)។</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="55"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="56"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="57"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="57"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="57"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="58"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="59"/>
        <source>National id</source>
        <translation>លេខអត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="60"/>
        <source>Origin prison</source>
        <translation>ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="61"/>
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="62"/>
        <source>Home address</source>
        <translation>អាសយដ្ឋានស្នាក់នៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="63"/>
        <source>Home address (Khmer)</source>
        <translation>អាសយដ្ឋានស្នាក់នៅ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="64"/>
        <source>Next of kin</source>
        <translation>សាច់ញាតិដែលត្រូវទាក់ទង</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="269"/>
        <source>Incident</source>
        <translation>ឧប្បត្តិហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="269"/>
        <source>Sa&amp;ve</source>
        <translation>រក្សាទុក (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="273"/>
        <source>A death or a use of force or restraint needs the day the family, the prosecutor, the health authority and headquarters were told.</source>
        <translation>ការទទួលមរណភាព ឬការប្រើកម្លាំង ឬការចងរឹត ត្រូវការថ្ងៃដែលគ្រួសារ ព្រះរាជអាជ្ញា អាជ្ញាធរសុខាភិបាល និងទីស្នាក់ការកណ្ដាល ត្រូវបានជូនដំណឹង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="278"/>
        <source>What happened, in order.</source>
        <translation>អ្វីដែលបានកើតឡើង តាមលំដាប់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="281"/>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="282"/>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="283"/>
        <source>&amp;Place</source>
        <translation>ទីកន្លែង (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="284"/>
        <source>&amp;What happened</source>
        <translation>អ្វីដែលបានកើតឡើង (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="285"/>
        <source>&amp;Staff involved</source>
        <translation>បុគ្គលិកពាក់ព័ន្ធ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="286"/>
        <source>&amp;Medical care given</source>
        <translation>ការថែទាំវេជ្ជសាស្ត្រដែលបានផ្ដល់ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="290"/>
        <source>day told (dd/mm/yyyy), or empty</source>
        <translation>ថ្ងៃជូនដំណឹង (ថ្ងៃ/ខែ/ឆ្នាំ) ឬទុកទទេ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="293"/>
        <source>Told: %1</source>
        <translation>បានជូនដំណឹង៖ %1</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="117"/>
        <source>No.</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="118"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="119"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="120"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="121"/>
        <source>People</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="122"/>
        <source>Told</source>
        <translation>បានជូនដំណឹង</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="100"/>
        <location filename="../../rehabdesk/ui/intake/page.py" line="522"/>
        <source>No photo</source>
        <translation>គ្មានរូបថត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="105"/>
        <source>The person&apos;s photo, stored with the record.</source>
        <translation>រូបថតរបស់បុគ្គល រក្សាទុកជាមួយកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="106"/>
        <source>Photo from &amp;file…</source>
        <translation>រូបថតពីឯកសារ (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="107"/>
        <source>Choose a picture file; it is scaled to 600 pixels and stored as JPEG.</source>
        <translation>ជ្រើសឯកសាររូបភាព៖ វាត្រូវបានបង្រួមមក 600 ភីកសែល ហើយរក្សាទុកជា JPEG។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="109"/>
        <source>Take photo…</source>
        <translation>ថតរូប…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="110"/>
        <source>Take the photo with the workstation&apos;s camera.</source>
        <translation>ថតរូបដោយកាមេរ៉ារបស់កុំព្យូទ័រ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="113"/>
        <source>Import transfer list…</source>
        <translation>នាំចូលបញ្ជីផ្ទេរ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="115"/>
        <source>Register everyone on a prison&apos;s transfer list (Excel or CSV) at once, with a preview.</source>
        <translation>ចុះឈ្មោះអ្នកទាំងអស់ក្នុងបញ្ជីផ្ទេររបស់ពន្ធនាគារ (Excel ឬ CSV) ក្នុងពេលតែមួយ ដោយមើលជាមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="117"/>
        <source>New form</source>
        <translation>ទម្រង់ថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="118"/>
        <source>Clear the form for the next arrival (Ctrl+N).</source>
        <translation>សម្អាតទម្រង់សម្រាប់អ្នកមកដល់បន្ទាប់ (Ctrl+N)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="119"/>
        <location filename="../../rehabdesk/ui/intake/page.py" line="394"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="121"/>
        <location filename="../../rehabdesk/ui/intake/page.py" line="291"/>
        <source>Register this person and their arrival (Ctrl+S). Enabled once the form is complete.</source>
        <translation>ចុះឈ្មោះបុគ្គលនេះ និងការមកដល់របស់គាត់ (Ctrl+S)។ អាចចុចបាន នៅពេលទម្រង់បំពេញរួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="137"/>
        <source>Cancel re-admission</source>
        <translation>បោះបង់ការទទួលចូលម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="178"/>
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="187"/>
        <source>Arrival</source>
        <translation>ការមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="210"/>
        <source>&lt;h2&gt;New arrival&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;អ្នកមកដល់ថ្មី&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="254"/>
        <source>Your role may not register arrivals: only clerks and supervisors may. Sign in as one of them (File › Switch user…).</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចចុះឈ្មោះអ្នកមកដល់បានទេ៖ មានតែស្មៀន និងអ្នកត្រួតពិនិត្យប៉ុណ្ណោះដែលអាច។ សូមចូលប្រើជាម្នាក់ក្នុងចំណោមពួកគេ (ឯកសារ › ប្ដូរអ្នកប្រើ…)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="264"/>
        <source>Your role may not import transfer lists: only clerks and supervisors may.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចនាំចូលបញ្ជីផ្ទេរបានទេ៖ មានតែស្មៀន និងអ្នកត្រួតពិនិត្យប៉ុណ្ណោះដែលអាច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="280"/>
        <source>Open the new stay of the person chosen for re-admission (Ctrl+S).</source>
        <translation>បើកការស្នាក់នៅថ្មីរបស់បុគ្គលដែលបានជ្រើសសម្រាប់ការទទួលចូលម្ដងទៀត (Ctrl+S)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="287"/>
        <source>Possible duplicates are shown: re-admit one of them or click &quot;Confirm new person&quot; first.</source>
        <translation>មានកំណត់ត្រាដែលអាចស្ទួន៖ សូមទទួលម្នាក់ក្នុងចំណោមពួកគេចូលម្ដងទៀត ឬចុច &quot;បញ្ជាក់ថាជាបុគ្គលថ្មី&quot; ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="336"/>
        <source>The duplicate check failed: %1</source>
        <translation>ការពិនិត្យកំណត់ត្រាស្ទួនបានបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="267"/>
        <source>Possible duplicates are shown: re-admit one of them or confirm that this is a new person.</source>
        <translation>មានកំណត់ត្រាដែលអាចស្ទួន៖ ទទួលម្នាក់ក្នុងចំណោមពួកគេចូលម្ដងទៀត ឬបញ្ជាក់ថានេះជាបុគ្គលថ្មី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="369"/>
        <source>Registered %1 as case %2.</source>
        <translation>បានចុះឈ្មោះ %1 ជាករណីលេខ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="378"/>
        <source>Re-admitting %1 (%2). Fill in the arrival, then Save (Ctrl+S); the names as typed are kept as this paper&apos;s spelling.</source>
        <translation>កំពុងទទួល %1 (%2) ចូលម្ដងទៀត។ សូមបំពេញការមកដល់ រួចរក្សាទុក (Ctrl+S)។ ឈ្មោះដែលបានវាយ ត្រូវបានរក្សាទុកជាអក្ខរាវិរុទ្ធតាមឯកសារនេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="386"/>
        <source>&amp;Save re-admission</source>
        <translation>រក្សាទុកការទទួលចូលម្ដងទៀត (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="417"/>
        <source>intake form, %1</source>
        <translation>ទម្រង់ទទួលចូល, %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="418"/>
        <source>intake form</source>
        <translation>ទម្រង់ទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="428"/>
        <source>Re-admitted %1 as case %2.</source>
        <translation>បានទទួល %1 ចូលម្ដងទៀត ជាករណីលេខ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="435"/>
        <source>%1 (arrived %2)</source>
        <translation>%1 (មកដល់ %2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="437"/>
        <source>Earlier stay still open</source>
        <translation>ការស្នាក់នៅមុននៅតែបើក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="438"/>
        <source>The earlier stay %1 has no recorded end. Close it as of the day before this arrival? The release pages will record releases properly.</source>
        <translation>ការស្នាក់នៅមុន %1 មិនមានកំណត់ត្រាបញ្ចប់ទេ។ តើបិទវាត្រឹមថ្ងៃមុនការមកដល់នេះឬទេ? ទំព័រដោះលែងនឹងកត់ត្រាការដោះលែងឱ្យបានត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="442"/>
        <source>Close it and re-admit</source>
        <translation>បិទវា ហើយទទួលចូលម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="444"/>
        <source>Re-admit, leave it open</source>
        <translation>ទទួលចូលម្ដងទៀត ទុកវាឱ្យនៅបើក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="495"/>
        <source>Choose the person&apos;s photo</source>
        <translation>ជ្រើសរូបថតរបស់បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="496"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>រូបភាព (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="503"/>
        <source>That file is not a picture RehabDesk can read; choose a JPEG or PNG file.</source>
        <translation>ឯកសារនោះមិនមែនជារូបភាពដែល RehabDesk អាចអានបានទេ។ សូមជ្រើសឯកសារ JPEG ឬ PNG។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/page.py" line="594"/>
        <source>Restored the unsaved form from %1.</source>
        <translation>បានស្ដារទម្រង់ដែលមិនទាន់រក្សាទុក ពី %1។</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="346"/>
        <source>Outcome interview</source>
        <translation>ការសម្ភាសន៍លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="347"/>
        <source>&amp;Record interview</source>
        <translation>កត់ត្រាការសម្ភាសន៍ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="351"/>
        <source>Leave an answer at &quot;not asked&quot; when it was not asked or the person would not say.</source>
        <translation>សូមទុកចម្លើយត្រឹម «មិនបានសួរ» នៅពេលមិនបានសួរ ឬបុគ្គលនោះមិនចង់ប្រាប់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="354"/>
        <source>Follow-up at %1. Every question is about the last 28 days.</source>
        <translation>ការតាមដាននៅ %1។ សំណួរនីមួយៗសួរអំពី ២៨ ថ្ងៃចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="357"/>
        <source>At admission. Every question is about the 4 weeks before detention.</source>
        <translation>ពេលចូល។ សំណួរនីមួយៗសួរអំពី ៤ សប្ដាហ៍មុនពេលឃុំខ្លួន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="360"/>
        <source>At release. Every question is about the last 28 days.</source>
        <translation>ពេលដោះលែង។ សំណួរនីមួយៗសួរអំពី ២៨ ថ្ងៃចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="364"/>
        <source>Days of use in the last 28 days</source>
        <translation>ចំនួនថ្ងៃប្រើក្នុង ២៨ ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="383"/>
        <source>Interviewed &amp;on</source>
        <translation>ថ្ងៃសម្ភាសន៍ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="386"/>
        <source>Days &amp;injecting</source>
        <translation>ចំនួនថ្ងៃចាក់ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="387"/>
        <source>S&amp;hared injecting equipment</source>
        <translation>ប្រើឧបករណ៍ចាក់រួមគ្នា (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="388"/>
        <source>Days of paid &amp;work or study</source>
        <translation>ចំនួនថ្ងៃធ្វើការមានប្រាក់ឈ្នួល ឬសិក្សា (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="389"/>
        <source>Hou&amp;sing problem</source>
        <translation>បញ្ហាទីលំនៅ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="390"/>
        <source>Homeless, or at risk of losing the place to live.</source>
        <translation>គ្មានទីលំនៅ ឬប្រឈមនឹងការបាត់បង់ទីលំនៅ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="391"/>
        <source>&amp;Arrested or charged since release</source>
        <translation>ត្រូវចាប់ខ្លួន ឬចោទប្រកាន់ចាប់តាំងពីការដោះលែង (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="392"/>
        <source>&amp;Arrested or charged in those days</source>
        <translation>ត្រូវចាប់ខ្លួន ឬចោទប្រកាន់ក្នុងរយៈពេលនោះ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="393"/>
        <source>In treatment &amp;elsewhere</source>
        <translation>កំពុងព្យាបាលនៅកន្លែងផ្សេង (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="394"/>
        <source>Ph&amp;ysical health (0–20)</source>
        <translation>សុខភាពរាងកាយ (០–២០) (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="395"/>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="397"/>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="399"/>
        <source>The person&apos;s own rating: 0 poor, 20 good.</source>
        <translation>ការវាយតម្លៃដោយខ្លួនបុគ្គលនោះផ្ទាល់៖ ០ អន់ ២០ ល្អ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="396"/>
        <source>&amp;Psychological health (0–20)</source>
        <translation>សុខភាពផ្លូវចិត្ត (០–២០) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="398"/>
        <source>&amp;Quality of life (0–20)</source>
        <translation>គុណភាពជីវិត (០–២០) (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="490"/>
        <source>Issue a certificate</source>
        <translation>ចេញវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="490"/>
        <source>&amp;Issue</source>
        <translation>ចេញ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="492"/>
        <source>People whose trainer recorded a pass and who hold no certificate for it. A certificate needs the workshop&apos;s hours.</source>
        <translation>អ្នកដែលគ្រូបង្គោលបានកត់ត្រាថាជាប់ ហើយមិនទាន់មានវិញ្ញាបនបត្រ។ វិញ្ញាបនបត្រតម្រូវឱ្យមានម៉ោងគ្រប់តាមថ្នាក់វិជ្ជាជីវៈ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="497"/>
        <source>%1 · %2 · %3 — %4 of %5</source>
        <translation>%1 · %2 · %3 — %4 ក្នុងចំណោម %5</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="505"/>
        <source>&amp;Person</source>
        <translation>បុគ្គល (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="506"/>
        <source>Issued &amp;on</source>
        <translation>ថ្ងៃចេញ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="514"/>
        <source>Nobody has a passed assessment without a certificate.</source>
        <translation>គ្មាននរណាម្នាក់ជាប់ការវាយតម្លៃ ដោយមិនទាន់មានវិញ្ញាបនបត្រនោះទេ។</translation>
    </message>
</context>
<context>
    <name>LegalBasesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="137"/>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="138"/>
        <source>From</source>
        <translation>ចាប់ពីថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="139"/>
        <source>Until</source>
        <translation>រហូតដល់ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="140"/>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="141"/>
        <source>Recorded by</source>
        <translation>អ្នកកត់ត្រា</translation>
    </message>
</context>
<context>
    <name>LegalDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="121"/>
        <source>Add a court case</source>
        <translation>បន្ថែមសំណុំរឿងតុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="128"/>
        <source>A charge involves violence</source>
        <translation>បទចោទមួយពាក់ព័ន្ធអំពើហិង្សា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="134"/>
        <source>&amp;Court:</source>
        <translation>តុលាការ (&amp;C)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="136"/>
        <source>Case &amp;number:</source>
        <translation>លេខសំណុំរឿង (&amp;N)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="137"/>
        <source>Charge:</source>
        <translation>បទចោទ៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="141"/>
        <source>&amp;Offence date:</source>
        <translation>ថ្ងៃប្រព្រឹត្តបទល្មើស (&amp;O)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="142"/>
        <source>&amp;Arrest date:</source>
        <translation>ថ្ងៃចាប់ខ្លួន (&amp;A)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="143"/>
        <source>&amp;Verdict status:</source>
        <translation>ស្ថានភាពសាលក្រម (&amp;V)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="145"/>
        <source>Status &amp;since:</source>
        <translation>ស្ថានភាពចាប់ពី (&amp;S)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="147"/>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="182"/>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="220"/>
        <source>&amp;Document reference:</source>
        <translation>លេខយោងឯកសារ (&amp;D)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="92"/>
        <source>Sentence s&amp;tarts:</source>
        <translation>ទោសចាប់ផ្ដើម (&amp;T)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="93"/>
        <source>Sentence &amp;years:</source>
        <translation>ទោស ឆ្នាំ (&amp;Y)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="95"/>
        <source>Sentence &amp;months:</source>
        <translation>ទោស ខែ (&amp;M)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="96"/>
        <source>Sentence &amp;days:</source>
        <translation>ទោស ថ្ងៃ (&amp;D)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="98"/>
        <source>C&amp;redited pre-trial days:</source>
        <translation>ថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នកាត់កង (&amp;R)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="172"/>
        <source>Record a verdict change</source>
        <translation>កត់ត្រាការផ្លាស់ប្ដូរសាលក្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="178"/>
        <source>needed when the status goes backwards</source>
        <translation>ចាំបាច់នៅពេលស្ថានភាពថយក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="179"/>
        <source>&amp;New status:</source>
        <translation>ស្ថានភាពថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="180"/>
        <source>&amp;Decided on:</source>
        <translation>ថ្ងៃសម្រេច (&amp;D)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="183"/>
        <source>&amp;Reason:</source>
        <translation>មូលហេតុ (&amp;R)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="195"/>
        <source>Record the sentence</source>
        <translation>កត់ត្រាទោស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="210"/>
        <source>Record a treatment order</source>
        <translation>កត់ត្រាដីកាបង្គាប់ឱ្យព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="212"/>
        <source>the court</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="214"/>
        <source>the prosecutor</source>
        <translation>ព្រះរាជអាជ្ញា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="217"/>
        <source>Ordered &amp;by:</source>
        <translation>បញ្ជាដោយ (&amp;B)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/dialogs.py" line="218"/>
        <source>Ordered &amp;on:</source>
        <translation>បញ្ជាថ្ងៃ (&amp;O)៖</translation>
    </message>
</context>
<context>
    <name>LegalTab</name>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="142"/>
        <source>&amp;Add a court case…</source>
        <translation>បន្ថែមសំណុំរឿងតុលាការ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="143"/>
        <source>&amp;Verdict change…</source>
        <translation>ការផ្លាស់ប្ដូរសាលក្រម… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="144"/>
        <source>&amp;Sentence…</source>
        <translation>ទោស… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="145"/>
        <source>&amp;Treatment order…</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាល… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="151"/>
        <source>Your role may read the court cases but not change them.</source>
        <translation>តួនាទីរបស់អ្នកអាចអានសំណុំរឿងតុលាការ ប៉ុន្តែមិនអាចកែប្រែបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="159"/>
        <source>&lt;b&gt;Court cases of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;សំណុំរឿងតុលាការនៃ %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="167"/>
        <source>&lt;b&gt;Verdict history of the selected case&lt;/b&gt;</source>
        <translation>&lt;b&gt;ប្រវត្តិសាលក្រមនៃសំណុំរឿងដែលបានជ្រើស&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/tab.py" line="193"/>
        <source>Hearing on %1 at %2 (court file %3)</source>
        <translation>សវនាការនៅថ្ងៃ %1 នៅ%2 (លេខសំណុំរឿង %3)</translation>
    </message>
</context>
<context>
    <name>ListPart</name>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="102"/>
        <source>Enter: open the person&apos;s record at the Release tab.</source>
        <translation>Enter៖ បើកកំណត់ត្រារបស់បុគ្គលនៅផ្ទាំងការដោះលែង។</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="100"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rehabdesk/ui/register/install.py" line="27"/>
        <source>Detainees</source>
        <translation>អ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/install.py" line="28"/>
        <source>The whole register, searched as you type.</source>
        <translation>បញ្ជីឈ្មោះទាំងមូល ស្វែងរកខណៈពេលអ្នកវាយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/install.py" line="44"/>
        <source>Dashboard</source>
        <translation>ផ្ទាំងព័ត៌មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/install.py" line="45"/>
        <source>Beds used against capacity, now and over twelve months.</source>
        <translation>គ្រែដែលបានប្រើធៀបនឹងសមត្ថភាព ឥឡូវនេះ និងក្នុងរយៈពេលដប់ពីរខែ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="178"/>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="235"/>
        <source>Opening the centre database…</source>
        <translation>កំពុងបើកមូលដ្ឋានទិន្នន័យរបស់មជ្ឈមណ្ឌល…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="176"/>
        <source>&lt;h2&gt;Signed out&lt;/h2&gt;&lt;p&gt;The centre&apos;s records are hidden until someone signs in.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;បានចាកចេញ&lt;/h2&gt;&lt;p&gt;កំណត់ត្រារបស់មជ្ឈមណ្ឌលត្រូវបានលាក់ រហូតដល់មាននរណាម្នាក់ចូលប្រើ។&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="171"/>
        <source>Switch user…</source>
        <translation>ប្ដូរអ្នកប្រើ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="172"/>
        <source>Sign out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="173"/>
        <source>Quit</source>
        <translation>បិទកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="175"/>
        <source>About RehabDesk</source>
        <translation>អំពី RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="202"/>
        <source>RehabDesk — %1 (%2)</source>
        <translation>RehabDesk — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="225"/>
        <source>This page is not open to an independent monitor.</source>
        <translation>ទំព័រនេះមិនបើកសម្រាប់អ្នកសង្កេតការណ៍ឯករាជ្យទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="241"/>
        <source>Signed in as %1 (%2) · Database: %3</source>
        <translation>បានចូលប្រើជា %1 (%2) · មូលដ្ឋានទិន្នន័យ៖ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/install.py" line="27"/>
        <source>Intake</source>
        <translation>ការទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/install.py" line="28"/>
        <source>Register arrivals by keyboard or from a transfer list, with a duplicate check while you type.</source>
        <translation>ចុះឈ្មោះអ្នកមកដល់ដោយក្ដារចុច ឬពីបញ្ជីផ្ទេរ ដោយពិនិត្យឈ្មោះស្ទួនពេលកំពុងវាយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/install.py" line="41"/>
        <source>Screening</source>
        <translation>ការពិនិត្យវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/install.py" line="42"/>
        <source>WHO ASSIST, DAST-10, AUDIT, urine tests and the health screen, scored as published.</source>
        <translation>WHO ASSIST, DAST-10, AUDIT ការធ្វើតេស្តទឹកនោម និងការពិនិត្យសុខភាព ដាក់ពិន្ទុតាមឯកសារផ្លូវការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/install.py" line="49"/>
        <source>Eligibility</source>
        <translation>លក្ខណៈសម្បត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/install.py" line="29"/>
        <source>%1 eligibility decisions changed since you last looked.</source>
        <translation>សេចក្ដីសម្រេចលក្ខណៈសម្បត្តិ %1 បានផ្លាស់ប្ដូរ តាំងពីអ្នកមើលលើកមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/install.py" line="50"/>
        <source>Who may be enrolled and why, with every reason and what is missing.</source>
        <translation>អ្នកណាអាចចូលកម្មវិធីបាន និងមូលហេតុ ព្រមទាំងអ្វីដែលនៅខ្វះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/install.py" line="50"/>
        <source>Enrolment</source>
        <translation>ការចុះឈ្មោះចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/install.py" line="51"/>
        <source>Beds, the waitlist and treatment programmes.</source>
        <translation>គ្រែ បញ្ជីរង់ចាំ និងកម្មវិធីព្យាបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/install.py" line="40"/>
        <source>Vocational</source>
        <translation>វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/install.py" line="41"/>
        <source>Workshops, the daily work register, pay and certificates.</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ បញ្ជីការងារប្រចាំថ្ងៃ ប្រាក់ឈ្នួល និងវិញ្ញាបនបត្រ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/install.py" line="39"/>
        <source>Releases</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/install.py" line="40"/>
        <source>Release records, reintegration plans and follow-up after release.</source>
        <translation>កំណត់ត្រាការដោះលែង ផែនការធ្វើសមាហរណកម្មឡើងវិញ និងការតាមដានក្រោយការដោះលែង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/install.py" line="28"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/install.py" line="29"/>
        <source>The monthly centre report: figures, the printed report and the case numbers behind them.</source>
        <translation>របាយការណ៍ប្រចាំខែរបស់មណ្ឌល៖ តួលេខ របាយការណ៍បោះពុម្ព និងលេខករណីនៃតួលេខទាំងនោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/install.py" line="25"/>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/export/install.py" line="26"/>
        <source>The periodic export to headquarters on removable media.</source>
        <translation>ការនាំចេញទិន្នន័យទៅទីស្នាក់ការកណ្ដាលជាប្រចាំ តាមឧបករណ៍ផ្ទុកចល័ត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/install.py" line="25"/>
        <source>This database lives in memory: there is nothing to administer.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះស្ថិតនៅក្នុងអង្គចងចាំ៖ គ្មានអ្វីត្រូវគ្រប់គ្រងទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/install.py" line="34"/>
        <source>Administration</source>
        <translation>រដ្ឋបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/administration/install.py" line="35"/>
        <source>Users, policy, backups and settings.</source>
        <translation>អ្នកប្រើប្រាស់ គោលការណ៍ ការបម្រុងទុក និងការកំណត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/install.py" line="27"/>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/audit_log/install.py" line="28"/>
        <source>Who did what, when: for auditors and administrators.</source>
        <translation>អ្នកណាធ្វើអ្វី នៅពេលណា៖ សម្រាប់សវនករ និងអ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/install.py" line="30"/>
        <source>Courts</source>
        <translation>តុលាការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/court_liaison/install.py" line="31"/>
        <source>Who waits for a verdict at each court, the request letters sent and the courts&apos; answers.</source>
        <translation>អ្នកដែលកំពុងរង់ចាំសាលក្រមនៅតុលាការនីមួយៗ លិខិតស្នើសុំដែលបានផ្ញើ និងចម្លើយរបស់តុលាការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/install.py" line="45"/>
        <source>Rights</source>
        <translation>សិទ្ធិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/install.py" line="46"/>
        <source>Legal bases and their time limits, rights sheets, grievances, visits and incidents.</source>
        <translation>មូលដ្ឋានច្បាប់ និងរយៈពេលកំណត់ សន្លឹកសិទ្ធិ ពាក្យបណ្ដឹង ការសួរសុខទុក្ខ និងឧប្បត្តិហេតុ។</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="45"/>
        <source>Merge with another record</source>
        <translation>បញ្ចូលជាមួយកំណត់ត្រាផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="49"/>
        <source>Find the other record of %1. Its admissions and everything recorded about it move to this record, and it is removed.</source>
        <translation>ស្វែងរកកំណត់ត្រាមួយទៀតរបស់ %1។ ការចូល និងអ្វីៗទាំងអស់ដែលបានកត់ត្រាអំពីវា នឹងផ្លាស់មកកំណត់ត្រានេះ ហើយវានឹងត្រូវលុប។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="54"/>
        <source>Name, case number, national id or inmate number of the other record.</source>
        <translation>ឈ្មោះ លេខករណី លេខអត្តសញ្ញាណប័ណ្ណ ឬលេខអ្នកជាប់ឃុំ នៃកំណត់ត្រាមួយទៀត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="57"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="57"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="58"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="58"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="64"/>
        <source>Choose the record to merge into this one.</source>
        <translation>ជ្រើសកំណត់ត្រាដែលត្រូវបញ្ចូលមកក្នុងកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="66"/>
        <source>Why both records are the same person (for example: same thumbprint, same national id).</source>
        <translation>មូលហេតុដែលកំណត់ត្រាទាំងពីរជាបុគ្គលតែមួយ (ឧទាហរណ៍៖ ស្នាមមេដៃដូចគ្នា លេខអត្តសញ្ញាណប័ណ្ណដូចគ្នា)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="69"/>
        <source>&amp;Merge</source>
        <translation>បញ្ចូលគ្នា (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="71"/>
        <source>Merge the chosen record into this one.</source>
        <translation>បញ្ចូលកំណត់ត្រាដែលបានជ្រើស មកក្នុងកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="73"/>
        <source>&amp;Find</source>
        <translation>ស្វែងរក (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="74"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="119"/>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="128"/>
        <source>Merge</source>
        <translation>បញ្ចូលគ្នា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/merge_dialog.py" line="120"/>
        <source>Find and choose the other record first.</source>
        <translation>សូមស្វែងរក ហើយជ្រើសកំណត់ត្រាមួយទៀតជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>MonitorGrievancesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="167"/>
        <source>No.</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="168"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="169"/>
        <source>Filed</source>
        <translation>ថ្ងៃដាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="170"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="171"/>
        <source>Answer by</source>
        <translation>ឆ្លើយតបមុនថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="172"/>
        <source>Answered</source>
        <translation>ថ្ងៃឆ្លើយតប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="173"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>MonitorIncidentsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="188"/>
        <source>No.</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="189"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="190"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="191"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="192"/>
        <source>People</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="193"/>
        <source>Told</source>
        <translation>បានជូនដំណឹង</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="95"/>
        <source>Show the &amp;name</source>
        <translation>បង្ហាញឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="101"/>
        <source>Pseudonym:</source>
        <translation>ឈ្មោះក្លែង៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="106"/>
        <source>A person&apos;s name shows only while a supervisor&apos;s grant for that person lasts; ask the centre&apos;s supervisor for one.</source>
        <translation>ឈ្មោះរបស់បុគ្គលបង្ហាញតែក្នុងរយៈពេលដែលអ្នកត្រួតពិនិត្យបានអនុញ្ញាតសម្រាប់បុគ្គលនោះប៉ុណ្ណោះ។ សូមស្នើសុំពីអ្នកត្រួតពិនិត្យនៃមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="112"/>
        <source>Figures</source>
        <translation>តួលេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="114"/>
        <source>Grievances</source>
        <translation>ពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="116"/>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="180"/>
        <source>Incidents</source>
        <translation>ឧប្បត្តិហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="118"/>
        <source>Held past their legal basis</source>
        <translation>ឃុំហួសមូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="119"/>
        <source>Named access</source>
        <translation>សិទ្ធិឃើញឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="121"/>
        <source>My audit trail</source>
        <translation>កំណត់ហេតុសវនកម្មរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="122"/>
        <source>Refresh (F5)</source>
        <translation>ផ្ទុកឡើងវិញ (F5)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="123"/>
        <source>&amp;Save as CSV…</source>
        <translation>រក្សាទុកជា CSV (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="125"/>
        <source>Save these figures and lists, as shown here, for your report; the save is audited.</source>
        <translation>រក្សាទុកតួលេខ និងបញ្ជីទាំងនេះ ដូចដែលបង្ហាញនៅទីនេះ សម្រាប់របាយការណ៍របស់អ្នក។ ការរក្សាទុកត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="128"/>
        <source>&lt;h2&gt;Independent monitor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;អ្នកសង្កេតការណ៍ឯករាជ្យ&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="166"/>
        <source>As of %1: %2 people held. Each person is named by your own pseudonym; numbers from 1 to 9 are shown as “%3”.</source>
        <translation>គិតត្រឹម %1៖ មនុស្ស %2 នាក់កំពុងត្រូវបានឃុំ។ បុគ្គលម្នាក់ៗត្រូវបានហៅតាមឈ្មោះក្លែងរបស់អ្នកផ្ទាល់ ហើយចំនួនពី ១ ដល់ ៩ ត្រូវបានបង្ហាញជា «%3»។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="170"/>
        <source>Red lists</source>
        <translation>បញ្ជីក្រហម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="172"/>
        <source>List</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="172"/>
        <source>People</source>
        <translation>ចំនួននាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="173"/>
        <source>Grievances by category and status</source>
        <translation>ពាក្យបណ្ដឹងតាមប្រភេទ និងស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="175"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="177"/>
        <source>All</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="178"/>
        <source>Incidents in the last 12 months</source>
        <translation>ឧប្បត្តិហេតុក្នុងរយៈពេល ១២ ខែចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="180"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="190"/>
        <source>Save the monitor&apos;s view</source>
        <translation>រក្សាទុកទិដ្ឋភាពរបស់អ្នកសង្កេតការណ៍ឯករាជ្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="203"/>
        <source>%1 could not be written (%2); choose another folder or name.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ (%2)។ សូមជ្រើសថត ឬឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/monitor.py" line="217"/>
        <source>%1: %2 · %3, case %4, arrived on %5. Your access ends at %6.</source>
        <translation>%1៖ %2 · %3 លេខករណី %4 មកដល់ថ្ងៃ %5។ សិទ្ធិរបស់អ្នកផុតកំណត់នៅ %6។</translation>
    </message>
</context>
<context>
    <name>MonitorTrailModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="216"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="217"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="218"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="65"/>
        <source>&amp;Month:</source>
        <translation>ខែ (&amp;M)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="67"/>
        <source>&amp;Show figures</source>
        <translation>បង្ហាញតួលេខ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="68"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="69"/>
        <source>Spreadsheet with &amp;case numbers…</source>
        <translation>តារាង Excel ជាមួយលេខករណី (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="71"/>
        <source>The figures with the case numbers behind each count: personal data, for supervisors and administrators; every export is recorded in the audit log.</source>
        <translation>តួលេខជាមួយលេខករណីនៃចំនួននីមួយៗ៖ ជាទិន្នន័យផ្ទាល់ខ្លួន សម្រាប់អ្នកត្រួតពិនិត្យ និងអ្នកគ្រប់គ្រងប្រព័ន្ធ។ ការនាំចេញនីមួយៗត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="92"/>
        <source>Figure</source>
        <translation>តួលេខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="92"/>
        <source>People</source>
        <translation>ចំនួននាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="92"/>
        <source>Amount</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="152"/>
        <source>Gathering the figures of %1…</source>
        <translation>កំពុងប្រមូលតួលេខនៃខែ %1…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="171"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="186"/>
        <source>Save the spreadsheet with case numbers</source>
        <translation>រក្សាទុកតារាង Excel ជាមួយលេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="187"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>តារាង Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="218"/>
        <source>Figures of %1 to %2.</source>
        <translation>តួលេខពីថ្ងៃ %1 ដល់ថ្ងៃ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="198"/>
        <source>Monthly centre report %1</source>
        <translation>របាយការណ៍ប្រចាំខែរបស់មណ្ឌល %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="214"/>
        <source>Nothing was recorded at this centre in %1: no admissions, stays, screenings, enrolments, work, releases or follow-up.</source>
        <translation>គ្មានអ្វីត្រូវបានកត់ត្រានៅមណ្ឌលនេះក្នុងខែ %1 ទេ៖ គ្មានការទទួលចូល ការស្នាក់នៅ ការពិនិត្យ ការចូលកម្មវិធី ការងារ ការដោះលែង ឬការតាមដានឡើយ។</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="325"/>
        <source>New session</source>
        <translation>វគ្គថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="325"/>
        <source>&amp;Add session</source>
        <translation>បន្ថែមវគ្គ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="327"/>
        <source>A group session; its roll is everyone enrolled on the day, in the dormitory chosen.</source>
        <translation>វគ្គជាក្រុម។ បញ្ជីឈ្មោះរបស់វាគឺអ្នកចូលកម្មវិធីទាំងអស់នៅថ្ងៃនោះ ក្នុងអន្តេវាសិកដ្ឋានដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="336"/>
        <source>everyone enrolled</source>
        <translation>អ្នកចូលកម្មវិធីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="341"/>
        <source>&amp;Type</source>
        <translation>ប្រភេទ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="342"/>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="343"/>
        <source>&amp;Group</source>
        <translation>ក្រុម (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="344"/>
        <source>&amp;Facilitator</source>
        <translation>អ្នកសម្របសម្រួល (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="345"/>
        <source>To&amp;pic</source>
        <translation>ប្រធានបទ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="352"/>
        <source>No session type is configured; an administrator adds them on the Administration page.</source>
        <translation>មិនទាន់មានប្រភេទវគ្គទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមវានៅទំព័ររដ្ឋបាល។</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="212"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="213"/>
        <source>Written by</source>
        <translation>សរសេរដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="214"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
</context>
<context>
    <name>OccupancyCard</name>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="138"/>
        <source>%1 of %2 beds · %3</source>
        <translation>%1 ក្នុងចំណោម %2 គ្រែ · %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="141"/>
        <source>OVER CAPACITY by %1</source>
        <translation>លើសចំណុះ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/dashboard/page.py" line="153"/>
        <source>Open the bed board of %1.</source>
        <translation>បើកតារាងគ្រែនៃ %1។</translation>
    </message>
</context>
<context>
    <name>OutcomeInterviewsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="236"/>
        <source>Occasion</source>
        <translation>ពេលសម្ភាសន៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="237"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="238"/>
        <source>Days of use (of 28)</source>
        <translation>ចំនួនថ្ងៃប្រើ (ក្នុង ២៨ ថ្ងៃ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="239"/>
        <source>Days injecting</source>
        <translation>ចំនួនថ្ងៃចាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="240"/>
        <source>Shared equipment</source>
        <translation>ប្រើឧបករណ៍ចាក់រួមគ្នា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="241"/>
        <source>Days of work or study</source>
        <translation>ចំនួនថ្ងៃធ្វើការ ឬសិក្សា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="242"/>
        <source>Housing problem</source>
        <translation>បញ្ហាទីលំនៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="243"/>
        <source>Arrested or charged</source>
        <translation>ត្រូវចាប់ខ្លួន ឬចោទប្រកាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="244"/>
        <source>In treatment elsewhere</source>
        <translation>កំពុងព្យាបាលនៅកន្លែងផ្សេង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="245"/>
        <source>Physical health</source>
        <translation>សុខភាពរាងកាយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="246"/>
        <source>Psychological health</source>
        <translation>សុខភាពផ្លូវចិត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="247"/>
        <source>Quality of life</source>
        <translation>គុណភាពជីវិត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="248"/>
        <source>Recorded by</source>
        <translation>អ្នកកត់ត្រា</translation>
    </message>
</context>
<context>
    <name>OutcomesPart</name>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="183"/>
        <source>A month (2026-03) or a quarter (2026-Q1): type it or pick one of the last 8 quarters and 12 months.</source>
        <translation>ខែមួយ (2026-03) ឬត្រីមាសមួយ (2026-Q1)៖ សូមវាយបញ្ចូល ឬជ្រើសរើសពីត្រីមាស ៨ និងខែ ១២ ចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="188"/>
        <source>Release &amp;cohort:</source>
        <translation>ក្រុមដោះលែង (&amp;C)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="190"/>
        <source>Show (Enter)</source>
        <translation>បង្ហាញ (Enter)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="236"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="258"/>
        <source>%1: %2 people released from %3 to %4, as of %5. %6</source>
        <translation>%1៖ អ្នកបានដោះលែង %2 នាក់ ពី %3 ដល់ %4 គិតត្រឹម %5។ %6</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="272"/>
        <source>Everyone released in the cohort: the denominator of the rows below it up to the outcomes.</source>
        <translation>អ្នកទាំងអស់ដែលបានដោះលែងក្នុងក្រុមដោះលែងនេះ៖ ជាភាគបែងនៃជួរខាងក្រោម រហូតដល់លទ្ធផល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="290"/>
        <source>Reach rate and no use in 28 days at each point, percent; grey: fewer than 5 people</source>
        <translation>អត្រាទាក់ទងបាន និងការមិនប្រើគ្រឿងញៀនក្នុងរយៈពេល ២៨ ថ្ងៃ នៅពេលតាមដាននីមួយៗ គិតជាភាគរយ។ ពណ៌ប្រផេះ៖ តិចជាង ៥ នាក់</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/dialogs.py" line="33"/>
        <source>Override a rule — %1</source>
        <translation>លើកលែងលក្ខខណ្ឌ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/dialogs.py" line="42"/>
        <source>Why this rule does not stand in the way, e.g. the court&apos;s assessment.</source>
        <translation>ហេតុអ្វីលក្ខខណ្ឌនេះមិនរារាំង ឧ. ការវាយតម្លៃរបស់តុលាការ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/dialogs.py" line="49"/>
        <source>Override</source>
        <translation>លើកលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/dialogs.py" line="53"/>
        <source>&amp;Rule:</source>
        <translation>លក្ខខណ្ឌ (&amp;R)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/dialogs.py" line="54"/>
        <source>&amp;Reason (required):</source>
        <translation>មូលហេតុ (ចាំបាច់) (&amp;R)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/dialogs.py" line="57"/>
        <source>The overridden rule counts as a pass. Your name, today&apos;s date and the reason are kept with the decision and in the audit log.</source>
        <translation>លក្ខខណ្ឌដែលបានលើកលែងចាត់ទុកថាឆ្លងកាត់។ ឈ្មោះរបស់អ្នក កាលបរិច្ឆេទថ្ងៃនេះ និងមូលហេតុ ត្រូវរក្សាទុកជាមួយសេចក្ដីសម្រេច និងក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/page_frame.py" line="41"/>
        <source>Refresh (F5)</source>
        <translation>ផ្ទុកឡើងវិញ (F5)</translation>
    </message>
</context>
<context>
    <name>PaperworkPrinter</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="249"/>
        <source>Intake form</source>
        <translation>ទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="250"/>
        <source>Consent to treatment</source>
        <translation>លិខិតយល់ព្រមព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="251"/>
        <source>Screening summary</source>
        <translation>សេចក្ដីសង្ខេបការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="252"/>
        <source>Eligibility decision</source>
        <translation>សេចក្ដីសម្រេចអំពីលក្ខណៈសម្បត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="263"/>
        <source>Intake form (blank)</source>
        <translation>ទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល (ទទេ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="270"/>
        <source>Arrivals of %1</source>
        <translation>អ្នកមកដល់ថ្ងៃទី %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="276"/>
        <source>Roll call — %1</source>
        <translation>ការហៅឈ្មោះ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="284"/>
        <source>Discharge summary %1</source>
        <translation>សេចក្ដីសង្ខេបពេលចេញ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="293"/>
        <source>Work register sheet — %1</source>
        <translation>សន្លឹកបញ្ជីការងារ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="302"/>
        <source>Pay statement %1 — %2</source>
        <translation>តារាងប្រាក់ឈ្នួល %1 — %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="311"/>
        <source>Certificate %1</source>
        <translation>វិញ្ញាបនបត្រ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="320"/>
        <source>Consent to train and work %1 — %2</source>
        <translation>លិខិតយល់ព្រមចូលរៀន និងធ្វើការ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="329"/>
        <source>Release certificate %1</source>
        <translation>លិខិតបញ្ជាក់ការដោះលែង %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="337"/>
        <source>Hand-over sheet %1</source>
        <translation>បញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="345"/>
        <source>Letter to %1</source>
        <translation>លិខិតទៅ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="352"/>
        <source>Rights sheet %1</source>
        <translation>សន្លឹកសិទ្ធិ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="359"/>
        <source>Grievance receipt %1</source>
        <translation>បង្កាន់ដៃទទួលពាក្យបណ្ដឹង %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="366"/>
        <source>Incident report %1</source>
        <translation>របាយការណ៍ឧប្បត្តិហេតុ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="375"/>
        <source>Import report — %1</source>
        <translation>របាយការណ៍នាំចូល — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="422"/>
        <source>Printing</source>
        <translation>ការបោះពុម្ព</translation>
    </message>
</context>
<context>
    <name>PastBasisModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="204"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="205"/>
        <source>Held past the basis since</source>
        <translation>ឃុំហួសមូលដ្ឋានច្បាប់តាំងពីថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="206"/>
        <source>Days</source>
        <translation>ថ្ងៃ</translation>
    </message>
</context>
<context>
    <name>PathwayDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="78"/>
        <source>Reintegration plan</source>
        <translation>ផែនការធ្វើសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="78"/>
        <source>Sa&amp;ve</source>
        <translation>រក្សាទុក (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="82"/>
        <source>Reintegration plan of case %1. A pathway is settled when it is done, when no support is required, or when the person declined support.</source>
        <translation>ផែនការធ្វើសមាហរណកម្មឡើងវិញនៃករណី %1។ ផ្លូវមួយចាត់ទុកថារួចរាល់ នៅពេលវាបានធ្វើរួច នៅពេលមិនត្រូវការជំនួយ ឬនៅពេលបុគ្គលនោះបានបដិសេធជំនួយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="92"/>
        <source>commune, village chief or NGO, with a phone</source>
        <translation>ឃុំ មេភូមិ ឬអង្គការមិនមែនរដ្ឋាភិបាល ព្រមទាំងលេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="93"/>
        <source>Who takes this pathway over after release.</source>
        <translation>អ្នកដែលទទួលបន្តផ្លូវនេះក្រោយការដោះលែង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="97"/>
        <source>What is arranged, referred or still missing.</source>
        <translation>អ្វីដែលបានរៀបចំ បានបញ្ជូនទៅ ឬនៅខ្វះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="98"/>
        <source>&amp;Pathway</source>
        <translation>ផ្លូវធ្វើសមាហរណកម្មឡើងវិញ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="99"/>
        <source>&amp;Status</source>
        <translation>ស្ថានភាព (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="100"/>
        <source>&amp;Receiving contact</source>
        <translation>អ្នកទទួលបន្ត (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="101"/>
        <source>&amp;Notes</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>PayMonthsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="148"/>
        <source>Month</source>
        <translation>ខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="149"/>
        <source>Pay period</source>
        <translation>រយៈពេលបើកប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="150"/>
        <source>Entries</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="151"/>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="152"/>
        <source>Earned</source>
        <translation>ប្រាក់រកបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="153"/>
        <source>Saved for release</source>
        <translation>ប្រាក់សន្សំសម្រាប់ថ្ងៃដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="154"/>
        <source>Refused over a limit</source>
        <translation>បដិសេធព្រោះលើសដែនកំណត់</translation>
    </message>
</context>
<context>
    <name>PayPart</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="230"/>
        <source>A supervisor closes each month once it is over; after that its days are never edited, and a correction is an adjustment paid in the next open month.</source>
        <translation>អ្នកត្រួតពិនិត្យបិទខែនីមួយៗ នៅពេលខែនោះចប់។ បន្ទាប់ពីនោះ ថ្ងៃទាំងនោះមិនត្រូវកែទៀតឡើយ ហើយការកែតម្រូវគឺជាការកែសម្រួលដែលបើកក្នុងខែបន្ទាប់ដែលនៅបើក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="233"/>
        <source>&amp;Close pay period…</source>
        <translation>បិទរយៈពេលបើកប្រាក់ឈ្នួល… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/main_window.py" line="179"/>
        <location filename="../../rehabdesk/ui/shell/placeholder_page.py" line="35"/>
        <source>This page is not built yet.</source>
        <translation>ទំព័រនេះមិនទាន់បានបង្កើតនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="55"/>
        <source>Minimum days of sentence left</source>
        <translation>ចំនួនថ្ងៃទោសនៅសល់អប្បបរមា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="56"/>
        <source>Verdict statuses that pass</source>
        <translation>ស្ថានភាពសាលក្រមដែលឆ្លងកាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="57"/>
        <source>A treatment order passes before a verdict</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាលឆ្លងកាត់ មុនមានសាលក្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="59"/>
        <source>Minimum age (years)</source>
        <translation>អាយុអប្បបរមា (ឆ្នាំ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="60"/>
        <source>Rules a supervisor may override</source>
        <translation>លក្ខខណ្ឌដែលអ្នកត្រួតពិនិត្យអាចលើកលែងបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="75"/>
        <source>yes</source>
        <translation>អនុញ្ញាត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="76"/>
        <source>no</source>
        <translation>មិនអនុញ្ញាត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="80"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="87"/>
        <source>Parameter</source>
        <translation>ប៉ារ៉ាម៉ែត្រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="88"/>
        <source>Now</source>
        <translation>បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="89"/>
        <source>After the change</source>
        <translation>ក្រោយការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="107"/>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="108"/>
        <source>In force</source>
        <translation>កំពុងអនុវត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="109"/>
        <source>Set</source>
        <translation>កំណត់នៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="110"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="111"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="117"/>
        <source>active</source>
        <translation>កំពុងអនុវត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="118"/>
        <source>the default policy, as the database was created</source>
        <translation>គោលការណ៍លំនាំដើម ដូចពេលបង្កើតមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="136"/>
        <source>Eligibility policy</source>
        <translation>គោលការណ៍លក្ខណៈសម្បត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="148"/>
        <source> days</source>
        <translation> ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="153"/>
        <source>A final verdict always passes.</source>
        <translation>សាលក្រមស្ថាពរតែងតែឆ្លងកាត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="154"/>
        <source>Yes, a court or prosecutor order for treatment passes the verdict rule</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាលរបស់តុលាការ ឬព្រះរាជអាជ្ញា ធ្វើឱ្យលក្ខខណ្ឌសាលក្រមឆ្លងកាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="158"/>
        <source> years</source>
        <translation> ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="166"/>
        <source>Why the policy changes, e.g. the ministry&apos;s letter and its date.</source>
        <translation>ហេតុអ្វីបានជាគោលការណ៍ផ្លាស់ប្ដូរ ឧ. លិខិតរបស់ក្រសួង និងកាលបរិច្ឆេទរបស់វា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="170"/>
        <source>Minimum &amp;days of sentence left:</source>
        <translation>ចំនួនថ្ងៃទោសនៅសល់អប្បបរមា (&amp;D)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="171"/>
        <source>Verdict statuses that pass:</source>
        <translation>ស្ថានភាពសាលក្រមដែលឆ្លងកាត់៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="173"/>
        <source>Treatment order:</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាល៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="174"/>
        <source>Minimum &amp;age:</source>
        <translation>អាយុអប្បបរមា (&amp;A)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="175"/>
        <source>A supervisor may override:</source>
        <translation>អ្នកត្រួតពិនិត្យអាចលើកលែង៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="177"/>
        <source>&amp;Reason for the change:</source>
        <translation>មូលហេតុនៃការផ្លាស់ប្ដូរ (&amp;R)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="178"/>
        <source>Parameters</source>
        <translation>ប៉ារ៉ាម៉ែត្រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="183"/>
        <source>Re&amp;view the change</source>
        <translation>ពិនិត្យការផ្លាស់ប្ដូរ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="191"/>
        <source>&amp;Change the policy and re-evaluate everyone</source>
        <translation>ផ្លាស់ប្ដូរគោលការណ៍ ហើយវាយតម្លៃមនុស្សគ្រប់គ្នាឡើងវិញ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="201"/>
        <source>The change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="222"/>
        <source>&lt;b&gt;Versions&lt;/b&gt; (hover over one to see its parameters)</source>
        <translation>&lt;b&gt;កំណែ&lt;/b&gt; (ដាក់ទស្សន៍ទ្រនិចលើកំណែមួយ ដើម្បីមើលប៉ារ៉ាម៉ែត្ររបស់វា)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="239"/>
        <source>Only an administrator may change the policy.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេ ដែលអាចផ្លាស់ប្ដូរគោលការណ៍បាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="267"/>
        <source>&lt;h2&gt;Eligibility policy&lt;/h2&gt;Version &lt;b&gt;%1&lt;/b&gt; decides who may be enrolled. A change makes a new version and re-evaluates every person under it; each decision keeps the version it was made under.</source>
        <translation>&lt;h2&gt;គោលការណ៍លក្ខណៈសម្បត្តិ&lt;/h2&gt;កំណែ &lt;b&gt;%1&lt;/b&gt; សម្រេចថាអ្នកណាអាចចូលកម្មវិធីបាន។ ការផ្លាស់ប្ដូរបង្កើតកំណែថ្មី ហើយវាយតម្លៃមនុស្សគ្រប់គ្នាឡើងវិញតាមកំណែនោះ។ សេចក្ដីសម្រេចនីមួយៗរក្សាកំណែដែលបានប្រើពេលសម្រេច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="297"/>
        <source>Change a parameter, write the reason, then review the change before making it.</source>
        <translation>ផ្លាស់ប្ដូរប៉ារ៉ាម៉ែត្រ សរសេរមូលហេតុ រួចពិនិត្យការផ្លាស់ប្ដូរ មុននឹងអនុវត្ត។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="312"/>
        <source>These are the policy&apos;s current parameters; change at least one.</source>
        <translation>ទាំងនេះជាប៉ារ៉ាម៉ែត្របច្ចុប្បន្នរបស់គោលការណ៍។ សូមផ្លាស់ប្ដូរយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="316"/>
        <source>Write why the policy changes; the reason is kept with the new version and in the audit log.</source>
        <translation>សូមសរសេរមូលហេតុដែលគោលការណ៍ផ្លាស់ប្ដូរ។ មូលហេតុត្រូវរក្សាទុកជាមួយកំណែថ្មី និងក្នុងកំណត់ត្រាសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="323"/>
        <source>Confirming makes a new version and re-evaluates every person under it; at 200,000 people this takes a few seconds, and RehabDesk stays usable meanwhile.</source>
        <translation>ការបញ្ជាក់នឹងបង្កើតកំណែថ្មី ហើយវាយតម្លៃមនុស្សគ្រប់គ្នាឡើងវិញ។ សម្រាប់មនុស្ស ២០០,០០០ នាក់ វាចំណាយពេលប៉ុន្មានវិនាទី ហើយ RehabDesk នៅតែប្រើបានក្នុងពេលនោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="335"/>
        <source>Making the new version and re-evaluating everyone…</source>
        <translation>កំពុងបង្កើតកំណែថ្មី និងវាយតម្លៃមនុស្សគ្រប់គ្នាឡើងវិញ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/eligibility/policy_dialog.py" line="352"/>
        <source>Version %1 is in force: %2 people re-evaluated, %3 decisions changed.</source>
        <translation>កំណែ %1 កំពុងអនុវត្ត៖ បានវាយតម្លៃឡើងវិញ %2 នាក់ សេចក្ដីសម្រេច %3 បានផ្លាស់ប្ដូរ។</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="106"/>
        <source>Print preview — %1</source>
        <translation>មើលមុនពេលបោះពុម្ព — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="127"/>
        <source>1 page</source>
        <translation>១ ទំព័រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="127"/>
        <source>%1 pages</source>
        <translation>%1 ទំព័រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="132"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="133"/>
        <source>Choose a printer and print these pages (Ctrl+P).</source>
        <translation>ជ្រើសម៉ាស៊ីនបោះពុម្ព ហើយបោះពុម្ពទំព័រទាំងនេះ (Ctrl+P)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="135"/>
        <source>&amp;Save as PDF…</source>
        <translation>រក្សាទុកជា PDF (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="136"/>
        <source>Keep these pages as a PDF file (Ctrl+S).</source>
        <translation>រក្សាទំព័រទាំងនេះទុកជាឯកសារ PDF (Ctrl+S)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="157"/>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="165"/>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="173"/>
        <source>%1 could not be written (%2); choose another folder or name.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ (%2)។ សូមជ្រើសថត ឬឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="191"/>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/print_preview.py" line="208"/>
        <source>The printer could not be opened; check that it is on and connected, then try again.</source>
        <translation>មិនអាចបើកម៉ាស៊ីនបោះពុម្ពបានទេ។ សូមពិនិត្យថាវាបានបើក និងបានភ្ជាប់ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>ProgrammesList</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="247"/>
        <source>days</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="248"/>
        <source>Offered</source>
        <translation>បានផ្ដល់ជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="249"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="250"/>
        <source>Minimum</source>
        <translation>អប្បបរមា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="251"/>
        <source>Maximum</source>
        <translation>អតិបរមា</translation>
    </message>
</context>
<context>
    <name>ProgrammesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="77"/>
        <source>English name</source>
        <translation>ឈ្មោះអង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="78"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="79"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="80"/>
        <source>Days (min–max)</source>
        <translation>ថ្ងៃ (អប្បបរមា–អតិបរមា)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="81"/>
        <source>Offered</source>
        <translation>បានផ្ដល់ជូន</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="16"/>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="17"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="18"/>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="19"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>យល់ព្រម (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="21"/>
        <source>Yes to &amp;All</source>
        <translation>យល់ព្រមទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="22"/>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="23"/>
        <source>N&amp;o to All</source>
        <translation>ទេទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="24"/>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="25"/>
        <source>Retry</source>
        <translation>ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="26"/>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="27"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="28"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="29"/>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="30"/>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="31"/>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="32"/>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/standard_buttons.py" line="33"/>
        <source>Restore Defaults</source>
        <translation>ស្ដារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/short_questionnaires.py" line="71"/>
        <source>Result when every item is answered.</source>
        <translation>លទ្ធផលនឹងបង្ហាញនៅពេលឆ្លើយគ្រប់សំណួរ។</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="66"/>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="67"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="68"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="69"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="70"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="71"/>
        <source>Last screened</source>
        <translation>ពិនិត្យចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="72"/>
        <source>Days waiting</source>
        <translation>ចំនួនថ្ងៃរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="77"/>
        <source>not screened yet</source>
        <translation>មិនទាន់ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="78"/>
        <source>re-screening due</source>
        <translation>ដល់ពេលពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="90"/>
        <source>Days since arrival.</source>
        <translation>ចំនួនថ្ងៃចាប់តាំងពីមកដល់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="91"/>
        <source>Days since the last screening.</source>
        <translation>ចំនួនថ្ងៃចាប់តាំងពីការពិនិត្យចុងក្រោយ។</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="189"/>
        <source>New rate</source>
        <translation>អត្រាថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="189"/>
        <source>&amp;Set rate</source>
        <translation>កំណត់អត្រា (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="192"/>
        <source>%1: a new rate from the day chosen. Days already recorded keep the rate they were paid at.</source>
        <translation>%1៖ អត្រាថ្មីចាប់ពីថ្ងៃដែលបានជ្រើស។ ថ្ងៃដែលបានកត់ត្រារួចនៅតែរក្សាអត្រាដែលបានបើកប្រាក់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="201"/>
        <source>why the rate changes</source>
        <translation>មូលហេតុដែលអត្រាផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="202"/>
        <source>&amp;Riel per unit</source>
        <translation>រៀលក្នុងមួយឯកតា (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="203"/>
        <source>&amp;From</source>
        <translation>ចាប់ពីថ្ងៃ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="204"/>
        <source>R&amp;eason</source>
        <translation>មូលហេតុ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="138"/>
        <location filename="../../rehabdesk/ui/record/view.py" line="140"/>
        <source>Identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="141"/>
        <source>Episodes (%1)</source>
        <translation>ការស្នាក់នៅ (%1)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="144"/>
        <location filename="../../rehabdesk/ui/record/view.py" line="247"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/legal/install.py" line="29"/>
        <source>Legal</source>
        <translation>ផ្លូវច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/install.py" line="46"/>
        <source>Screening</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/install.py" line="54"/>
        <source>Enrolment</source>
        <translation>ការចុះឈ្មោះចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/planned.py" line="12"/>
        <source>Nothing can be recorded here yet: this part of the record comes with a later version.</source>
        <translation>មិនទាន់អាចកត់ត្រាអ្វីនៅទីនេះបានទេ៖ ផ្នែកនេះនៃកំណត់ត្រានឹងមកជាមួយកំណែក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/install.py" line="44"/>
        <source>Vocational</source>
        <translation>វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/install.py" line="44"/>
        <source>Release</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/planned.py" line="17"/>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="151"/>
        <source>Not recorded yet.</source>
        <translation>មិនទាន់បានកត់ត្រានៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="156"/>
        <source>Also written as %1 (%2, %3)</source>
        <translation>សរសេរផងដែរថា %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="171"/>
        <source>Intake form</source>
        <translation>ទម្រង់ទទួលចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="172"/>
        <source>Consent to treatment</source>
        <translation>លិខិតយល់ព្រមព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="173"/>
        <source>Screening summary</source>
        <translation>សេចក្ដីសង្ខេបការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="174"/>
        <source>Eligibility decision</source>
        <translation>សេចក្ដីសម្រេចអំពីលក្ខណៈសម្បត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="181"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="183"/>
        <source>Preview a form of case %1, then print or save it.</source>
        <translation>មើលទម្រង់នៃករណី %1 ជាមុន រួចបោះពុម្ព ឬរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="189"/>
        <source>Merge with…</source>
        <translation>បញ្ចូលជាមួយ…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/view.py" line="191"/>
        <source>This person has a second record: move its admissions here and remove it (supervisors).</source>
        <translation>បុគ្គលនេះមានកំណត់ត្រាទីពីរ៖ ផ្លាស់ការចូលរបស់វាមកទីនេះ ហើយលុបវាចោល (អ្នកត្រួតពិនិត្យ)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/record/opener.py" line="38"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/install.py" line="50"/>
        <source>Rights</source>
        <translation>សិទ្ធិ</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="145"/>
        <source>The recovery sheet</source>
        <translation>សន្លឹកសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="146"/>
        <source>The database is encrypted. If every administrator forgets their password, only this recovery key opens it again.</source>
        <translation>មូលដ្ឋានទិន្នន័យត្រូវបានអ៊ិនគ្រីប។ ប្រសិនបើអ្នកគ្រប់គ្រងប្រព័ន្ធទាំងអស់ភ្លេចពាក្យសម្ងាត់ មានតែកូនសោសង្គ្រោះនេះទេ ដែលអាចបើកវាវិញបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="151"/>
        <source>Print the recovery sheet now and keep it in a locked cupboard, away from the computer. The key is not shown again; an administrator can print a new sheet later on the Administration page.</source>
        <translation>សូមបោះពុម្ពសន្លឹកសង្គ្រោះឥឡូវនេះ ហើយរក្សាទុកក្នុងទូចាក់សោ ឆ្ងាយពីកុំព្យូទ័រ។ កូនសោនេះមិនបង្ហាញម្ដងទៀតទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធអាចបោះពុម្ពសន្លឹកថ្មីនៅពេលក្រោយ នៅទំព័ររដ្ឋបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="156"/>
        <source>&amp;Print the recovery sheet…</source>
        <translation>បោះពុម្ពសន្លឹកសង្គ្រោះ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="178"/>
        <source>Recovery sheet</source>
        <translation>សន្លឹកសង្គ្រោះ</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="50"/>
        <source>Refer to a programme</source>
        <translation>បញ្ជូនទៅកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="50"/>
        <source>Refer</source>
        <translation>បញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="52"/>
        <source>Refer case %1 to a treatment programme. The waitlist takes them once they are waitlisted.</source>
        <translation>បញ្ជូនករណី %1 ទៅកម្មវិធីព្យាបាល។ បញ្ជីរង់ចាំទទួលពួកគេនៅពេលពួកគេត្រូវបានដាក់ក្នុងបញ្ជីរង់ចាំ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="60"/>
        <source>&amp;Programme</source>
        <translation>កម្មវិធី (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="61"/>
        <source>Referred &amp;on</source>
        <translation>បញ្ជូននៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="62"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="69"/>
        <source>No programme is offered; an administrator adds them on the Administration page.</source>
        <translation>មិនទាន់មានកម្មវិធីទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមវានៅទំព័ររដ្ឋបាល។</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="43"/>
        <source>M</source>
        <comment>sex: male</comment>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="44"/>
        <source>F</source>
        <comment>sex: female</comment>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="64"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="68"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="72"/>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="76"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="80"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="84"/>
        <source>Origin prison</source>
        <translation>ពន្ធនាគារដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="88"/>
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/register/model.py" line="92"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="266"/>
        <source>S&amp;how</source>
        <translation>បង្ហាញ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="272"/>
        <source>D&amp;ay</source>
        <translation>ថ្ងៃ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="278"/>
        <source>Everyone starts as the schedule says. ↑/↓ move · &lt;b&gt;P&lt;/b&gt; worked · absent: &lt;b&gt;S&lt;/b&gt; sick, &lt;b&gt;D&lt;/b&gt; rest day, &lt;b&gt;R&lt;/b&gt; refused, &lt;b&gt;C&lt;/b&gt; court, &lt;b&gt;M&lt;/b&gt; medical, &lt;b&gt;V&lt;/b&gt; visit, &lt;b&gt;W&lt;/b&gt; workshop cancelled, &lt;b&gt;O&lt;/b&gt; other · a digit types the hours · Ctrl+Shift+P everyone worked · Ctrl+S save</source>
        <translation>គ្រប់គ្នាចាប់ផ្ដើមតាមកាលវិភាគ។ ↑/↓ ផ្លាស់ទី · &lt;b&gt;P&lt;/b&gt; បានធ្វើការ · អវត្តមាន៖ &lt;b&gt;S&lt;/b&gt; ឈឺ, &lt;b&gt;D&lt;/b&gt; ថ្ងៃសម្រាក, &lt;b&gt;R&lt;/b&gt; បដិសេធ, &lt;b&gt;C&lt;/b&gt; តុលាការ, &lt;b&gt;M&lt;/b&gt; ពេទ្យ, &lt;b&gt;V&lt;/b&gt; ការសួរសុខទុក្ខ, &lt;b&gt;W&lt;/b&gt; ថ្នាក់ត្រូវបានលុបចោល, &lt;b&gt;O&lt;/b&gt; ផ្សេងៗ · លេខវាយម៉ោង · Ctrl+Shift+P គ្រប់គ្នាបានធ្វើការ · Ctrl+S រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="270"/>
        <source>W&amp;orkshop</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="267"/>
        <source>Print the &amp;sheet…</source>
        <translation>បោះពុម្ពសន្លឹកបញ្ជីការងារ (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="308"/>
        <source>Ever&amp;yone worked</source>
        <translation>គ្រប់គ្នាបានធ្វើការ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="309"/>
        <source>Everyone who may work, the schedule&apos;s hours (Ctrl+Shift+P).</source>
        <translation>អ្នកដែលអាចធ្វើការទាំងអស់ តាមម៉ោងក្នុងកាលវិភាគ (Ctrl+Shift+P)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="311"/>
        <source>Save (Ctrl+S)</source>
        <translation>រក្សាទុក (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="315"/>
        <source>Your role may not record work.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចកត់ត្រាការងារបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="370"/>
        <source>No workshop is open; an administrator adds them on the Workshops tab.</source>
        <translation>មិនទាន់មានថ្នាក់វិជ្ជាជីវៈបើកនៅឡើយទេ។ អ្នកគ្រប់គ្រងប្រព័ន្ធបន្ថែមថ្នាក់ទាំងនោះនៅផ្ទាំងថ្នាក់វិជ្ជាជីវៈ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="386"/>
        <source>%1 a working day</source>
        <translation>%1 ក្នុងមួយថ្ងៃធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="387"/>
        <source>the workshop does not meet on this day</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈមិនរៀននៅថ្ងៃនេះទេ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="389"/>
        <source>its pay period is closed: the day can only be read</source>
        <translation>រយៈពេលបើកប្រាក់ឈ្នួលរបស់ថ្ងៃនេះត្រូវបានបិទ៖ អាចមើលបានតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="391"/>
        <source>recorded already; a save replaces it</source>
        <translation>បានកត់ត្រារួចហើយ។ ការរក្សាទុកនឹងជំនួសវា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="407"/>
        <source>Your role may not print.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="408"/>
        <source>Choose a workshop first.</source>
        <translation>សូមជ្រើសថ្នាក់វិជ្ជាជីវៈមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="409"/>
        <source>Preview the register sheet of the chosen workshop and day, to fill in by hand on a paper day; what was saved already is printed.</source>
        <translation>មើលសន្លឹកបញ្ជីការងារនៃថ្នាក់វិជ្ជាជីវៈ និងថ្ងៃដែលបានជ្រើសជាមុន ដើម្បីបំពេញដោយដៃនៅថ្ងៃដែលប្រើក្រដាស។ អ្វីដែលបានរក្សាទុករួចហើយ ត្រូវបានបោះពុម្ពក្នុងសន្លឹកនោះដែរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="437"/>
        <source>%1 on the register: %2 working, %3 absent · %4</source>
        <translation>%1 នាក់ក្នុងបញ្ជី៖ ធ្វើការ %2 អវត្តមាន %3 · %4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="441"/>
        <source>not saved yet</source>
        <translation>មិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="461"/>
        <source>Saved: %1 lines, %2, %3 earned.</source>
        <translation>បានរក្សាទុក៖ %1 ជួរ %2 រកបាន %3។</translation>
    </message>
</context>
<context>
    <name>ReintegrationPlanModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="158"/>
        <source>Pathway</source>
        <translation>ផ្លូវធ្វើសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="159"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="160"/>
        <source>Receiving contact</source>
        <translation>អ្នកទទួលបន្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="161"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="136"/>
        <source>Release</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="136"/>
        <source>&amp;Release</source>
        <translation>ដោះលែង (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="141"/>
        <source>Arrived on %1. The release ends the stay everywhere: the bed is freed, an enrolment and a workshop place end, decisions stop being current, and the follow-up points of the centre&apos;s schedule begin.</source>
        <translation>បានមកដល់ថ្ងៃ %1។ ការដោះលែងបញ្ចប់ការស្នាក់នៅគ្រប់ទីកន្លែង៖ គ្រែត្រូវបានទំនេរ ការចុះឈ្មោះចូលកម្មវិធី និងកន្លែងក្នុងថ្នាក់វិជ្ជាជីវៈត្រូវបញ្ចប់ សេចក្ដីសម្រេចលែងជាធរមាន ហើយដំណាក់កាលតាមដានតាមកាលវិភាគរបស់មជ្ឈមណ្ឌលចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="145"/>
        <source>Savings kept for release: %1. Belongings held: %2.</source>
        <translation>ប្រាក់សន្សំសម្រាប់ថ្ងៃដោះលែង៖ %1។ របស់របរដែលកំពុងរក្សាទុក៖ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="150"/>
        <source>The day the person left the centre (%1).</source>
        <translation>ថ្ងៃដែលបុគ្គលនោះចាកចេញពីមណ្ឌល (%1)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="155"/>
        <source>Why the stay ends: one reason from the fixed list.</source>
        <translation>មូលហេតុដែលការស្នាក់នៅបញ្ចប់៖ មូលហេតុមួយពីបញ្ជីកំណត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="157"/>
        <source>what happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="158"/>
        <source>Needed when the reason is &quot;other&quot;.</source>
        <translation>ត្រូវការនៅពេលមូលហេតុគឺ «ផ្សេងទៀត»។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="160"/>
        <source>the court and its file number</source>
        <translation>តុលាការ និងលេខសំណុំរឿង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="161"/>
        <source>The case the person goes back to prison or court for.</source>
        <translation>សំណុំរឿងដែលបុគ្គលនោះត្រឡប់ទៅពន្ធនាគារ ឬតុលាការវិញ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="163"/>
        <source>Where the person goes: the address the follow-up will look for them at.</source>
        <translation>ទីកន្លែងដែលបុគ្គលនោះទៅ៖ អាសយដ្ឋានដែលការតាមដាននឹងស្វែងរកគាត់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="169"/>
        <source>Who the person was handed over to at the gate.</source>
        <translation>អ្នកដែលបានទទួលបុគ្គលនោះនៅមាត់ទ្វារមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="171"/>
        <source>name, and relation to the person</source>
        <translation>ឈ្មោះ និងទំនាក់ទំនងជាមួយបុគ្គលនោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="172"/>
        <source>The family member, the commune official or the NGO worker who took the person.</source>
        <translation>សមាជិកគ្រួសារ មន្ត្រីឃុំ ឬបុគ្គលិកអង្គការមិនមែនរដ្ឋាភិបាល ដែលបានទទួលបុគ្គលនោះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="175"/>
        <source>The receiver&apos;s phone: the first number the follow-up calls.</source>
        <translation>ទូរស័ព្ទរបស់អ្នកទទួល៖ លេខដំបូងដែលការតាមដាននឹងហៅ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="177"/>
        <source>&amp;Hand back the belongings and pay out the savings now</source>
        <translation>ប្រគល់របស់របរ និងបើកប្រាក់សន្សំជូនឥឡូវនេះ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="181"/>
        <source>Released &amp;on</source>
        <translation>ថ្ងៃដោះលែង (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="182"/>
        <source>E&amp;xit reason</source>
        <translation>មូលហេតុនៃការចេញ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="183"/>
        <source>Oth&amp;er reason</source>
        <translation>មូលហេតុផ្សេងទៀត (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="184"/>
        <source>&amp;Case returned to</source>
        <translation>សំណុំរឿងដែលត្រឡប់ទៅវិញ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="185"/>
        <source>&amp;Destination</source>
        <translation>ទិសដៅ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="186"/>
        <source>Handed over &amp;to</source>
        <translation>បានប្រគល់ទៅ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="187"/>
        <source>Receiver&apos;s &amp;name</source>
        <translation>ឈ្មោះអ្នកទទួល (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="188"/>
        <source>Receiver&apos;s &amp;phone</source>
        <translation>ទូរស័ព្ទអ្នកទទួល (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="191"/>
        <source>Death in custody</source>
        <translation>ការទទួលមរណភាពក្នុងពេលឃុំខ្លួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="197"/>
        <source>What happened, when and where, and who pronounced the death.</source>
        <translation>អ្វីដែលបានកើតឡើង ពេលណា នៅឯណា និងអ្នកណាបានប្រកាសមរណភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="199"/>
        <source>C&amp;ircumstances</source>
        <translation>កាលៈទេសៈ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="201"/>
        <source>&amp;Family told on</source>
        <translation>ថ្ងៃជូនដំណឹងគ្រួសារ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="202"/>
        <source>Pro&amp;secutor told on</source>
        <translation>ថ្ងៃជូនដំណឹងព្រះរាជអាជ្ញា (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="203"/>
        <source>Health &amp;authority told on</source>
        <translation>ថ្ងៃជូនដំណឹងអាជ្ញាធរសុខាភិបាល (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/dialogs.py" line="209"/>
        <source>The day %1 was told of the death; each one must be.</source>
        <translation>ថ្ងៃដែល%1ត្រូវបានជូនដំណឹងអំពីការទទួលមរណភាព។ ត្រូវជូនដំណឹងគ្រប់ភាគី។</translation>
    </message>
</context>
<context>
    <name>ReleaseOutcomes</name>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="47"/>
        <source>&lt;5 of %1</source>
        <translation>&lt;5 ក្នុងចំណោម %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="48"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 ក្នុងចំណោម %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="49"/>
        <source>%1, out of %2 (%3 people).</source>
        <translation>%1 ក្នុងចំណោម %2 (%3 នាក់)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="50"/>
        <source>Fewer than 5 people: shown as &lt;5, as such small counts identify people and say little.</source>
        <translation>តិចជាង ៥ នាក់៖ បង្ហាញជា &lt;5 ព្រោះចំនួនតូចបែបនេះអាចបញ្ជាក់អត្តសញ្ញាណបុគ្គល ហើយមានអត្ថន័យតិចតួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="53"/>
        <source>released</source>
        <translation>បានដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="54"/>
        <source>not due yet or due now</source>
        <translation>មិនទាន់ដល់ពេល ឬដល់ពេលឥឡូវនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="55"/>
        <source>among those reached: no use in the 28 days before</source>
        <translation>ក្នុងចំណោមអ្នកទាក់ទងបាន៖ មិនបានប្រើគ្រឿងញៀនក្នុងរយៈពេល ២៨ ថ្ងៃមុន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="57"/>
        <source>among those reached: working or studying</source>
        <translation>ក្នុងចំណោមអ្នកទាក់ទងបាន៖ កំពុងធ្វើការ ឬសិក្សា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="59"/>
        <source>among those reached: arrested or charged</source>
        <translation>ក្នុងចំណោមអ្នកទាក់ទងបាន៖ ត្រូវចាប់ខ្លួន ឬចោទប្រកាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="61"/>
        <source>among those reached: re-admitted since</source>
        <translation>ក្នុងចំណោមអ្នកទាក់ទងបាន៖ បានចូលមណ្ឌលវិញចាប់តាំងពីពេលនោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="62"/>
        <source>reach rate</source>
        <translation>អត្រាទាក់ទងបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="63"/>
        <source>no use in 28 days, of those reached</source>
        <translation>មិនប្រើគ្រឿងញៀនក្នុងរយៈពេល ២៨ ថ្ងៃ ក្នុងចំណោមអ្នកទាក់ទងបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/outcomes.py" line="64"/>
        <source>percent</source>
        <translation>ភាគរយ</translation>
    </message>
</context>
<context>
    <name>ReleaseTab</name>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="122"/>
        <source>&amp;Release…</source>
        <translation>ដោះលែង… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="134"/>
        <source>Enter: change the pathway.</source>
        <translation>Enter៖ កែប្រែផ្លូវធ្វើសមាហរណកម្មឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="137"/>
        <source>Change &amp;pathway…</source>
        <translation>កែប្រែផ្លូវធ្វើសមាហរណកម្មឡើងវិញ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="151"/>
        <source>Print release &amp;certificate…</source>
        <translation>បោះពុម្ពលិខិតបញ្ជាក់ការដោះលែង… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="154"/>
        <source>Print &amp;hand-over sheet…</source>
        <translation>បោះពុម្ពបញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="166"/>
        <source>Interview at a&amp;dmission…</source>
        <translation>សម្ភាសន៍ពេលចូល… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="168"/>
        <source>Interview at r&amp;elease…</source>
        <translation>សម្ភាសន៍ពេលដោះលែង… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="183"/>
        <source>Enter: record an attempt for the point.</source>
        <translation>Enter៖ កត់ត្រាការប៉ុនប៉ងទាក់ទងសម្រាប់ដំណាក់កាលតាមដាននេះ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="188"/>
        <source>Record &amp;attempt…</source>
        <translation>កត់ត្រាការប៉ុនប៉ងទាក់ទង… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="190"/>
        <source>Record &amp;interview…</source>
        <translation>កត់ត្រាការសម្ភាសន៍… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="212"/>
        <source>&lt;b&gt;Outcome interviews&lt;/b&gt;</source>
        <translation>&lt;b&gt;ការសម្ភាសន៍លទ្ធផល&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="224"/>
        <source>Reintegration plan</source>
        <translation>ផែនការធ្វើសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="225"/>
        <source>Release</source>
        <translation>ការដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="226"/>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="274"/>
        <source>Plan complete: every pathway is settled.</source>
        <translation>ផែនការរួចរាល់៖ ផ្លូវធ្វើសមាហរណកម្មឡើងវិញទាំងអស់បានដោះស្រាយរួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="275"/>
        <source>%1 of %2 pathways settled.</source>
        <translation>ផ្លូវធ្វើសមាហរណកម្មឡើងវិញ %1 ក្នុងចំណោម %2 បានដោះស្រាយរួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="280"/>
        <source>Set the status, the receiving contact and notes of the selected pathway.</source>
        <translation>កំណត់ស្ថានភាព អ្នកទទួលបន្ត និងកំណត់ចំណាំនៃផ្លូវដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="282"/>
        <source>The stay has ended: its plan no longer changes.</source>
        <translation>ការស្នាក់នៅបានបញ្ចប់ហើយ៖ ផែនការរបស់វាមិនផ្លាស់ប្ដូរទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="285"/>
        <source>Release the person: the stay ends everywhere and follow-up begins.</source>
        <translation>ដោះលែងបុគ្គលនោះ៖ ការស្នាក់នៅបញ្ចប់គ្រប់ទីកន្លែង ហើយការតាមដានចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="286"/>
        <source>The stay has ended.</source>
        <translation>ការស្នាក់នៅបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="292"/>
        <source>Follow-up begins at release.</source>
        <translation>ការតាមដានចាប់ផ្ដើមនៅពេលដោះលែង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="293"/>
        <source>Points at %1 after the release, each with a window of ±%2 days.</source>
        <translation>ដំណាក់កាលតាមដាននៅ %1 ក្រោយការដោះលែង ដំណាក់កាលនីមួយៗមានចន្លោះពេល ±%2 ថ្ងៃ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="308"/>
        <source>arrived on %1</source>
        <translation>បានមកដល់ថ្ងៃ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="311"/>
        <source>Released on %1: %2.</source>
        <translation>បានដោះលែងនៅថ្ងៃ %1៖ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="315"/>
        <source>Came back as case %1 after %2 days.</source>
        <translation>បានត្រឡប់មកវិញជាករណី %1 ក្រោយ %2 ថ្ងៃ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="319"/>
        <source>The stay ended on %1: %2</source>
        <translation>ការស្នាក់នៅបានបញ្ចប់នៅថ្ងៃ %1៖ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="323"/>
        <source>Expected release: unknown — no sentence, treatment order or programme end is on file.</source>
        <translation>ថ្ងៃដោះលែងរំពឹងទុក៖ មិនដឹង — គ្មានទោស ដីកាបង្គាប់ឱ្យព្យាបាល ឬថ្ងៃបញ្ចប់កម្មវិធីក្នុងឯកសារ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="327"/>
        <source>Expected release: %1 (%2) — governed by: %3.</source>
        <translation>ថ្ងៃដោះលែងរំពឹងទុក៖ %1 (%2) — កំណត់ដោយ៖ %3។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="334"/>
        <source>Returned after %1 days: case %2 was released on %3 (%4).</source>
        <translation>បានត្រឡប់មកវិញក្រោយ %1 ថ្ងៃ៖ ករណី %2 ត្រូវបានដោះលែងនៅថ្ងៃ %3 (%4)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="351"/>
        <source>Your role may not print.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="355"/>
        <source>The papers print once the person is released.</source>
        <translation>ឯកសារទាំងនេះបោះពុម្ពបាន នៅពេលបុគ្គលនោះត្រូវបានដោះលែងរួច។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="360"/>
        <source>Nobody was released into anyone&apos;s hands: no certificate; the hand-over sheet lists the belongings.</source>
        <translation>គ្មាននរណាម្នាក់ត្រូវបានដោះលែងប្រគល់ទៅអ្នកណាទេ៖ គ្មានលិខិតបញ្ជាក់ទេ។ បញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំ រាយរបស់របរទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="362"/>
        <source>Preview the release certificate, to be signed by the person, the receiver and the director.</source>
        <translation>មើលលិខិតបញ្ជាក់ការដោះលែងជាមុន ដើម្បីឱ្យបុគ្គលនោះ អ្នកទទួល និងនាយកចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="365"/>
        <source>Preview the hand-over sheet: every belonging and the savings paid out.</source>
        <translation>មើលបញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំជាមុន៖ របស់របរទាំងអស់ និងប្រាក់សន្សំដែលបានបើកជូន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="375"/>
        <source>Not released yet. A supervisor records the release with Release….</source>
        <translation>មិនទាន់ដោះលែងនៅឡើយ។ អ្នកត្រួតពិនិត្យកត់ត្រាការដោះលែងដោយប្រើ ដោះលែង…។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="377"/>
        <source>Savings kept for release</source>
        <translation>ប្រាក់សន្សំសម្រាប់ថ្ងៃដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="379"/>
        <source>Belongings held</source>
        <translation>របស់របរដែលកំពុងរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="384"/>
        <source>Released on</source>
        <translation>ថ្ងៃដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="385"/>
        <source>Exit reason</source>
        <translation>មូលហេតុនៃការចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="387"/>
        <source>Case returned to</source>
        <translation>សំណុំរឿងដែលត្រឡប់ទៅវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="389"/>
        <source>Destination</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="390"/>
        <source>Handed over to</source>
        <translation>បានប្រគល់ទៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="393"/>
        <source>Savings paid out</source>
        <translation>ប្រាក់សន្សំបានបើកជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="394"/>
        <source>Belongings returned</source>
        <translation>របស់របរបានប្រគល់វិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="397"/>
        <source>Circumstances</source>
        <translation>កាលៈទេសៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="399"/>
        <source>%1 told on</source>
        <translation>ថ្ងៃជូនដំណឹង%1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="402"/>
        <source>Released by</source>
        <translation>ដោះលែងដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="404"/>
        <source>Came back</source>
        <translation>បានត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="417"/>
        <source>Interview at admission: not recorded.</source>
        <translation>ការសម្ភាសន៍ពេលចូល៖ មិនទាន់កត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="418"/>
        <source>Interview at admission: recorded on %1 by %2.</source>
        <translation>ការសម្ភាសន៍ពេលចូល៖ កត់ត្រានៅថ្ងៃ %1 ដោយ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="420"/>
        <source>Interview at release: not recorded.</source>
        <translation>ការសម្ភាសន៍ពេលដោះលែង៖ មិនទាន់កត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="421"/>
        <source>Interview at release: recorded on %1 by %2.</source>
        <translation>ការសម្ភាសន៍ពេលដោះលែង៖ កត់ត្រានៅថ្ងៃ %1 ដោយ %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="426"/>
        <source>The interview is recorded; it shows on the Follow-up part.</source>
        <translation>ការសម្ភាសន៍ត្រូវបានកត់ត្រារួចហើយ។ វាបង្ហាញនៅផ្នែកការតាមដាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="428"/>
        <source>The same questions as at each follow-up, so change can be measured.</source>
        <translation>សំណួរដូចគ្នានឹងការតាមដាននីមួយៗ ដើម្បីអាចវាស់ការផ្លាស់ប្ដូរបាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="440"/>
        <source>&lt;b&gt;Contact attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;ការប៉ុនប៉ងទាក់ទង&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="444"/>
        <source>Contact attempts for the point at %1</source>
        <translation>ការប៉ុនប៉ងទាក់ទងសម្រាប់ដំណាក់កាលតាមដាននៅ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="453"/>
        <source>Select a follow-up point first.</source>
        <translation>សូមជ្រើសដំណាក់កាលតាមដានជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="454"/>
        <source>Nobody is followed up after a death, a transfer, a return to prison or a re-admission.</source>
        <translation>គ្មាននរណាត្រូវបានតាមដានក្រោយការទទួលមរណភាព ការផ្ទេរ ការត្រឡប់ទៅពន្ធនាគារ ឬការចូលមណ្ឌលម្ដងទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="456"/>
        <source>Record an attempt to reach the person for the selected point.</source>
        <translation>កត់ត្រាការប៉ុនប៉ងទាក់ទងបុគ្គលនោះ សម្រាប់ដំណាក់កាលតាមដានដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="458"/>
        <source>The outcome interview of the selected point is recorded.</source>
        <translation>ការសម្ភាសន៍លទ្ធផលនៃដំណាក់កាលតាមដានដែលបានជ្រើស ត្រូវបានកត់ត្រារួចហើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="460"/>
        <source>Record the outcome interview of the selected point.</source>
        <translation>កត់ត្រាការសម្ភាសន៍លទ្ធផលនៃដំណាក់កាលតាមដានដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/tab.py" line="461"/>
        <source>An interview follows a reached attempt.</source>
        <translation>ការសម្ភាសន៍ធ្វើឡើងក្រោយការប៉ុនប៉ងទាក់ទងដែលទាក់ទងបាន។</translation>
    </message>
</context>
<context>
    <name>ReleaseTexts</name>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="31"/>
        <source>the sentence ends</source>
        <translation>ទោសផុតកំណត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="32"/>
        <source>treatment order: the programme&apos;s planned end</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាល៖ ថ្ងៃបញ្ចប់កម្មវិធីតាមគម្រោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="34"/>
        <source>the programme&apos;s planned end</source>
        <translation>ថ្ងៃបញ្ចប់កម្មវិធីតាមគម្រោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="35"/>
        <source>nothing on file says</source>
        <translation>គ្មានឯកសារណាបញ្ជាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="36"/>
        <source>%1 months</source>
        <translation>%1 ខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="37"/>
        <source>1 month</source>
        <translation>១ ខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="38"/>
        <source>%1 riel</source>
        <translation>%1 រៀល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="39"/>
        <source>yes</source>
        <translation>មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="40"/>
        <source>no</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="41"/>
        <source>not asked</source>
        <translation>មិនបានសួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="42"/>
        <source>%1 days left</source>
        <translation>នៅសល់ %1 ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="43"/>
        <source>%1 days past</source>
        <translation>ហួស %1 ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="44"/>
        <source>today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="45"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="46"/>
        <source>came back after %1 days</source>
        <translation>បានត្រឡប់មកវិញក្រោយ %1 ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="47"/>
        <source>interviewed</source>
        <translation>បានសម្ភាសន៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="48"/>
        <source>reached</source>
        <translation>ទាក់ទងបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="49"/>
        <source>not reached</source>
        <translation>ទាក់ទងមិនបាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="50"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="51"/>
        <source>Governed by: %1</source>
        <translation>កំណត់ដោយ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="52"/>
        <source>Sentence ends: %1</source>
        <translation>ទោសផុតកំណត់៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="53"/>
        <source>Treatment order of %1</source>
        <translation>ដីកាបង្គាប់ឱ្យព្យាបាលចុះថ្ងៃ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="54"/>
        <source>Programme&apos;s planned end: %1</source>
        <translation>ថ្ងៃបញ្ចប់កម្មវិធីតាមគម្រោង៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/texts.py" line="55"/>
        <source>Handed over at release to %1</source>
        <translation>បានប្រគល់នៅពេលដោះលែងទៅ %1</translation>
    </message>
</context>
<context>
    <name>ReleasedModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="90"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="91"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="92"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="93"/>
        <source>Released</source>
        <translation>ថ្ងៃដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="94"/>
        <source>Exit reason</source>
        <translation>មូលហេតុនៃការចេញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="95"/>
        <source>Handed over to</source>
        <translation>បានប្រគល់ទៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="96"/>
        <source>Savings paid</source>
        <translation>ប្រាក់សន្សំបានបើកជូន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="97"/>
        <source>Belongings returned</source>
        <translation>របស់របរបានប្រគល់វិញ</translation>
    </message>
</context>
<context>
    <name>ReleasesDueModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="44"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="45"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="46"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="47"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="48"/>
        <source>Expected release</source>
        <translation>ថ្ងៃដោះលែងរំពឹងទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="49"/>
        <source>Days left</source>
        <translation>ថ្ងៃនៅសល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="50"/>
        <source>Governed by</source>
        <translation>កំណត់ដោយ</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="153"/>
        <source>Open record (Ctrl+O)</source>
        <translation>បើកកំណត់ត្រា (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="162"/>
        <source>Due soon</source>
        <translation>ជិតដល់ពេលដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="162"/>
        <source>Released</source>
        <translation>អ្នកបានដោះលែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="163"/>
        <source>Today&apos;s follow-up</source>
        <translation>ការតាមដានថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="163"/>
        <source>Overdue</source>
        <translation>ហួសពេល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="164"/>
        <source>Lost to follow-up</source>
        <translation>បាត់ការតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="164"/>
        <source>Outcomes</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="161"/>
        <source>&lt;h2&gt;Releases and follow-up&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ការដោះលែង និងការតាមដាន&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="193"/>
        <source>as of %1</source>
        <translation>គិតត្រឹម %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="197"/>
        <source>%1 stays are expected to end within %2 days; %3 of them are past the date. The tooltip of a row gives every date on file.</source>
        <translation>ការស្នាក់នៅ %1 រំពឹងថានឹងបញ្ចប់ក្នុងរយៈពេល %2 ថ្ងៃ ក្នុងនោះ %3 បានហួសថ្ងៃកំណត់ហើយ។ ព័ត៌មានជំនួយនៃជួរនីមួយៗបង្ហាញកាលបរិច្ឆេទទាំងអស់ក្នុងឯកសារ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="202"/>
        <source>%1 people released in the last %2 days, newest first.</source>
        <translation>អ្នកបានដោះលែង %1 នាក់ក្នុងរយៈពេល %2 ថ្ងៃចុងក្រោយ ថ្មីបំផុតមុនគេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="206"/>
        <source>%1 follow-up points to work on today: %2 due, %3 overdue. Most urgent first: the window closed longest ago, then closing soonest.</source>
        <translation>ដំណាក់កាលតាមដាន %1 ត្រូវធ្វើថ្ងៃនេះ៖ ដល់ពេល %2 ហួសពេល %3។ បន្ទាន់បំផុតមុនគេ៖ ចន្លោះពេលដែលបានបិទយូរជាងគេ បន្ទាប់មកចន្លោះពេលដែលជិតបិទ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="211"/>
        <source>%1 points past their window that the centre has not tried enough to count the person as lost. Keep calling and visiting.</source>
        <translation>ដំណាក់កាលតាមដាន %1 ហួសចន្លោះពេល ដែលមណ្ឌលមិនទាន់ប៉ុនប៉ងទាក់ទងគ្រប់គ្រាន់ ដើម្បីចាត់ទុកបុគ្គលនោះថាបាត់ការតាមដាន។ សូមបន្តហៅទូរស័ព្ទ និងចុះសួរសុខទុក្ខ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/page.py" line="215"/>
        <source>%1 points where the person could not be found: enough failed attempts since the window opened, and long past it. Deaths, transfers and returns to prison are never counted here.</source>
        <translation>ដំណាក់កាលតាមដាន %1 ដែលរកបុគ្គលនោះមិនឃើញ៖ ការប៉ុនប៉ងទាក់ទងមិនបានគ្រប់គ្រាន់ ចាប់តាំងពីចន្លោះពេលបើក ហើយហួសវាយូរហើយ។ ការទទួលមរណភាព ការផ្ទេរ និងការត្រឡប់ទៅពន្ធនាគារ មិនដែលរាប់នៅទីនេះទេ។</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../rehabdesk/ui/reports/files.py" line="19"/>
        <source>Spreadsheet</source>
        <translation>តារាង Excel</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/files.py" line="20"/>
        <source>%1 could not be written (%2); choose another folder or name.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ (%2)។ សូមជ្រើសថត ឬឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/files.py" line="25"/>
        <source>Saved %1.</source>
        <translation>បានរក្សាទុក %1។</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="254"/>
        <source>imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="255"/>
        <source>skipped</source>
        <translation>បានរំលង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="267"/>
        <source>Row</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="267"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="267"/>
        <source>Case no. or reason</source>
        <translation>លេខករណី ឬមូលហេតុ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="251"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;របាយការណ៍&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="255"/>
        <source>Mo&amp;nthly report</source>
        <translation>របាយការណ៍ប្រចាំខែ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/reports/page.py" line="256"/>
        <source>Bu&amp;dget</source>
        <translation>ថវិកា (&amp;D)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="523"/>
        <source>Revoke a certificate</source>
        <translation>ដកហូតវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="523"/>
        <source>&amp;Revoke</source>
        <translation>ដកហូត (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="527"/>
        <source>Certificate %1 of %2. A revoked certificate is shown as revoked when its serial or QR code is checked.</source>
        <translation>វិញ្ញាបនបត្រ %1 របស់ %2។ វិញ្ញាបនបត្រដែលត្រូវបានដកហូតនឹងបង្ហាញថាបានដកហូត នៅពេលផ្ទៀងផ្ទាត់លេខស៊េរី ឬកូដ QR របស់វា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="531"/>
        <source>why it is revoked</source>
        <translation>មូលហេតុនៃការដកហូត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="532"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>RightsAlertsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="52"/>
        <source>List</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="53"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="54"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="55"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="56"/>
        <source>Since</source>
        <translation>តាំងពីថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="57"/>
        <source>Days</source>
        <translation>ថ្ងៃ</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="139"/>
        <source>All lists</source>
        <translation>បញ្ជីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="143"/>
        <source>E&amp;xplain…</source>
        <translation>ពន្យល់ (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="145"/>
        <source>Record why this person stays on the list (audited); the entry leaves the list until its cause changes.</source>
        <translation>កត់ត្រាមូលហេតុដែលបុគ្គលនេះនៅក្នុងបញ្ជី (កត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម)។ ធាតុនេះចេញពីបញ្ជី រហូតដល់មូលហេតុរបស់វាផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="149"/>
        <source>&amp;File…</source>
        <translation>ដាក់ពាក្យបណ្ដឹង (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="150"/>
        <source>&amp;Answer…</source>
        <translation>ឆ្លើយតប (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="151"/>
        <source>&amp;Close…</source>
        <translation>បិទ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="152"/>
        <source>Print &amp;receipt</source>
        <translation>បោះពុម្ពបង្កាន់ដៃ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="155"/>
        <source>Print re&amp;port</source>
        <translation>បោះពុម្ពរបាយការណ៍ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="157"/>
        <source>&amp;Open record (Ctrl+O)</source>
        <translation>បើកកំណត់ត្រា (&amp;O) (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="162"/>
        <source>Red lists</source>
        <translation>បញ្ជីក្រហម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="163"/>
        <source>Rights sheets to hand over</source>
        <translation>សន្លឹកសិទ្ធិដែលត្រូវប្រគល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="164"/>
        <source>Grievances</source>
        <translation>ពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="164"/>
        <source>Incidents</source>
        <translation>ឧប្បត្តិហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="161"/>
        <source>&lt;h2&gt;Rights and oversight&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;សិទ្ធិ និងការត្រួតពិនិត្យ&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="197"/>
        <source>as of %1</source>
        <translation>គិតត្រឹម %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="200"/>
        <source>%1 people have not yet received the rights sheet (the intake checklist&apos;s open item). Print it from the record&apos;s Rights tab, then record the hand-over.</source>
        <translation>មនុស្ស %1 នាក់មិនទាន់បានទទួលសន្លឹកសិទ្ធិ (ចំណុចដែលនៅសល់ក្នុងបញ្ជីត្រួតពិនិត្យពេលចូល)។ សូមបោះពុម្ពវាពីផ្ទាំងសិទ្ធិនៃកំណត់ត្រា រួចកត់ត្រាការប្រគល់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="205"/>
        <source>%1 grievances, newest first; %2 not answered in time (red). None is ever deleted.</source>
        <translation>ពាក្យបណ្ដឹង %1 ថ្មីបំផុតមុនគេ។ %2 មិនបានឆ្លើយតបទាន់ពេល (ពណ៌ក្រហម)។ គ្មានពាក្យបណ្ដឹងណាត្រូវបានលុបចោលឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="208"/>
        <source>%1 incidents, newest first. Record one from the record of a person involved.</source>
        <translation>ឧប្បត្តិហេតុ %1 ថ្មីបំផុតមុនគេ។ សូមកត់ត្រាឧប្បត្តិហេតុពីកំណត់ត្រារបស់បុគ្គលពាក់ព័ន្ធ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="216"/>
        <source>Only supervisors see the red lists.</source>
        <translation>មានតែអ្នកត្រួតពិនិត្យប៉ុណ្ណោះដែលមើលឃើញបញ្ជីក្រហម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/page.py" line="221"/>
        <source>%1 entries. Each stays until its cause is fixed or a supervisor records why (Explain…).</source>
        <translation>ធាតុ %1។ ធាតុនីមួយៗនៅក្នុងបញ្ជី រហូតដល់មូលហេតុត្រូវបានដោះស្រាយ ឬអ្នកត្រួតពិនិត្យកត់ត្រាមូលហេតុ (ពន្យល់…)។</translation>
    </message>
</context>
<context>
    <name>RightsSheetsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="75"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="76"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="77"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="78"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="105"/>
        <source>Record legal &amp;basis…</source>
        <translation>កត់ត្រាមូលដ្ឋានច្បាប់ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="106"/>
        <source>&amp;Print rights sheet</source>
        <translation>បោះពុម្ពសន្លឹកសិទ្ធិ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="107"/>
        <source>Sheet &amp;handed over…</source>
        <translation>សន្លឹកបានប្រគល់ (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="108"/>
        <source>Record &amp;visit…</source>
        <translation>កត់ត្រាការសួរសុខទុក្ខ (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="109"/>
        <source>File &amp;grievance…</source>
        <translation>ដាក់ពាក្យបណ្ដឹង (&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="110"/>
        <source>Record &amp;incident…</source>
        <translation>កត់ត្រាឧប្បត្តិហេតុ (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="111"/>
        <source>&amp;Named access for a monitor…</source>
        <translation>សិទ្ធិឃើញឈ្មោះសម្រាប់អ្នកសង្កេតការណ៍ឯករាជ្យ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="123"/>
        <source>Legal bases</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="124"/>
        <source>Visits</source>
        <translation>ការសួរសុខទុក្ខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="125"/>
        <source>Grievances</source>
        <translation>ពាក្យបណ្ដឹង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="126"/>
        <source>Incidents</source>
        <translation>ឧប្បត្តិហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="162"/>
        <source>Held on: %1, %2 to %3 (%4).</source>
        <translation>ឃុំដោយផ្អែកលើ៖ %1 ពីថ្ងៃ %2 ដល់ថ្ងៃ %3 (%4)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="167"/>
        <source>It has ended.</source>
        <translation>វាបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="170"/>
        <source>No legal basis recorded.</source>
        <translation>គ្មានមូលដ្ឋានច្បាប់ក្នុងកំណត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="173"/>
        <source>Rights sheet not yet handed over.</source>
        <translation>សន្លឹកសិទ្ធិមិនទាន់បានប្រគល់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="176"/>
        <source>Rights sheet handed over on %1 by %2 (%3).</source>
        <translation>សន្លឹកសិទ្ធិបានប្រគល់នៅថ្ងៃ %1 ដោយ %2 (%3)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="179"/>
        <source>signed</source>
        <translation>បានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/tab.py" line="180"/>
        <source>thumbprinted</source>
        <translation>បានផ្ដិតមេដៃ</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="196"/>
        <source>Roll call — %1, %2</source>
        <translation>ការហៅឈ្មោះ — %1, %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="198"/>
        <source>everyone enrolled</source>
        <translation>អ្នកចូលកម្មវិធីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="203"/>
        <source>%1 · %2 · led by %3</source>
        <translation>%1 · %2 · ដឹកនាំដោយ %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="206"/>
        <source>Everyone starts present. ↑/↓ move · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;P&lt;/b&gt; present · F2 note · Ctrl+S save</source>
        <translation>អ្នកទាំងអស់ចាប់ផ្ដើមមានវត្តមាន។ ↑/↓ ផ្លាស់ទី · &lt;b&gt;A&lt;/b&gt; អវត្តមាន · &lt;b&gt;E&lt;/b&gt; មានច្បាប់ · &lt;b&gt;P&lt;/b&gt; មានវត្តមាន · F2 កំណត់ចំណាំ · Ctrl+S រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="231"/>
        <source>Mark all &amp;present</source>
        <translation>កត់វត្តមានទាំងអស់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="232"/>
        <source>Everyone present again (Ctrl+Shift+P).</source>
        <translation>អ្នកទាំងអស់មានវត្តមានវិញ (Ctrl+Shift+P)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="233"/>
        <source>Print roll-call &amp;sheet…</source>
        <translation>បោះពុម្ពសន្លឹកហៅឈ្មោះ (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="234"/>
        <source>The sheet to mark by hand, or the marks taken (Ctrl+P).</source>
        <translation>សន្លឹកសម្រាប់កត់ដោយដៃ ឬការកត់ដែលបានធ្វើ (Ctrl+P)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="236"/>
        <source>Save (Ctrl+S)</source>
        <translation>រក្សាទុក (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="238"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="241"/>
        <source>Your role may not take the roll call.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចហៅឈ្មោះបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="290"/>
        <source>%1 on the roll: %2 present, %3 absent, %4 excused</source>
        <translation>មាន %1 នាក់ក្នុងបញ្ជី៖ វត្តមាន %2 អវត្តមាន %3 មានច្បាប់ %4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="294"/>
        <source>not saved yet</source>
        <translation>មិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="309"/>
        <source>Saved: %1 present, %2 absent, %3 excused.</source>
        <translation>បានរក្សាទុក៖ វត្តមាន %1 អវត្តមាន %2 មានច្បាប់ %3។</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="68"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="69"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="70"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="71"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="72"/>
        <source>Mark</source>
        <translation>ការកត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="73"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/roll_call.py" line="74"/>
        <source>Attendance so far</source>
        <translation>វត្តមានរហូតមកដល់ពេលនេះ</translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/form.py" line="59"/>
        <source>Save (Ctrl+S)</source>
        <translation>រក្សាទុក (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/form.py" line="66"/>
        <source>Your role may not record this.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចកត់ត្រារឿងនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>ScreeningInterview</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="65"/>
        <source>Screened &amp;on</source>
        <translation>ពិនិត្យនៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="66"/>
        <source>&amp;by</source>
        <translation>ដោយ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="84"/>
        <source>WHO ASSIST v3.1 — all substances, digits choose the answer</source>
        <translation>WHO ASSIST v3.1 — គ្រប់សារធាតុ, លេខជ្រើសចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="86"/>
        <source>DAST-10 — drug use in the past 12 months (Space: asked)</source>
        <translation>DAST-10 — ការប្រើគ្រឿងញៀនក្នុងរយៈពេល 12 ខែចុងក្រោយ (Space៖ បានសួរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="88"/>
        <source>AUDIT — alcohol (Space: asked)</source>
        <translation>AUDIT — គ្រឿងស្រវឹង (Space៖ បានសួរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="121"/>
        <source>Screening of %1 saved.</source>
        <translation>បានរក្សាទុកការពិនិត្យថ្ងៃ %1។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="134"/>
        <source> Nothing was saved.</source>
        <translation> គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="141"/>
        <source>DAST-10 item %1 is not answered: press Y or N, or untick DAST-10.</source>
        <translation>សំណួរ DAST-10 ទី %1 មិនទាន់ឆ្លើយ៖ សូមចុច Y ឬ N ឬដោះធីក DAST-10 ចេញ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="143"/>
        <source>AUDIT item %1 is not answered: type its points, or untick AUDIT.</source>
        <translation>សំណួរ AUDIT ទី %1 មិនទាន់ឆ្លើយ៖ សូមវាយពិន្ទុរបស់វា ឬដោះធីក AUDIT ចេញ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="154"/>
        <source>ASSIST question 8 (injection) is not answered: press 1, 2 or 3.</source>
        <translation>សំណួរ ASSIST ទី 8 (ការចាក់) មិនទាន់ឆ្លើយ៖ សូមចុច 1, 2 ឬ 3។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="157"/>
        <source>ASSIST question 1 is not answered for %1: press Y or N.</source>
        <translation>សំណួរ ASSIST ទី 1 មិនទាន់ឆ្លើយសម្រាប់ %1៖ សូមចុច Y ឬ N។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/interview.py" line="161"/>
        <source>%1, ASSIST question %2 is not answered: press the number of an answer.</source>
        <translation>%1, សំណួរ ASSIST ទី %2 មិនទាន់ឆ្លើយ៖ សូមចុចលេខនៃចម្លើយមួយ។</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="106"/>
        <source>Refresh (F5)</source>
        <translation>ផ្ទុកឡើងវិញ (F5)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="121"/>
        <source>Enter or double-click: open the record at its Screening tab.</source>
        <translation>Enter ឬចុចពីរដង៖ បើកកំណត់ត្រានៅផ្ទាំងការពិនិត្យ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="128"/>
        <source>&lt;h2&gt;Screening queue&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ជួររង់ចាំការពិនិត្យ&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="143"/>
        <source>Reading…</source>
        <translation>កំពុងអាន…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="151"/>
        <source>Arrivals not screened within %1 days, then people whose last screening is %2 days old or more. An administrator sets both days on the Administration page.</source>
        <translation>អ្នកមកដល់ដែលមិនទាន់បានពិនិត្យក្នុងរយៈពេល %1 ថ្ងៃ បន្ទាប់មកអ្នកដែលការពិនិត្យចុងក្រោយមានរយៈពេល %2 ថ្ងៃ ឬលើសពីនេះ។ អ្នកគ្រប់គ្រងប្រព័ន្ធកំណត់ចំនួនថ្ងៃទាំងពីរនៅទំព័ររដ្ឋបាល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/page.py" line="155"/>
        <source>%1 overdue · %2 re-screenings</source>
        <translation>ហួសកំណត់ %1 · ពិនិត្យឡើងវិញ %2</translation>
    </message>
</context>
<context>
    <name>ScreeningSummary</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="61"/>
        <source>&amp;Print summary…</source>
        <translation>បោះពុម្ពសេចក្ដីសង្ខេប (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="63"/>
        <source>Preview the printed screening summary for the paper case file, then print or save it.</source>
        <translation>មើលសេចក្ដីសង្ខេបនៃការពិនិត្យសម្រាប់ឯកសារករណីជាក្រដាស មុននឹងបោះពុម្ព ឬរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="81"/>
        <source>&lt;h3&gt;Not screened yet&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Questionnaires&lt;/b&gt; to ask the ASSIST.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;មិនទាន់ពិនិត្យ&lt;/h3&gt;&lt;p&gt;បើក &lt;b&gt;កម្រងសំណួរ&lt;/b&gt; ដើម្បីសួរ ASSIST។&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="84"/>
        <source>&lt;h3&gt;Screening of %1&lt;/h3&gt;&lt;p style=&apos;color:#5f6368&apos;&gt;by %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ការពិនិត្យថ្ងៃ %1&lt;/h3&gt;&lt;p style=&apos;color:#5f6368&apos;&gt;ដោយ %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="100"/>
        <source>Substance</source>
        <translation>សារធាតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="100"/>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="100"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="101"/>
        <source>Recommended intervention</source>
        <translation>អន្តរាគមន៍ដែលបានណែនាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="111"/>
        <source>No substance ever used.</source>
        <translation>មិនដែលប្រើសារធាតុណាមួយទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="113"/>
        <source>WHO ASSIST v3.1</source>
        <translation>WHO ASSIST v3.1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="115"/>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;អនុសាសន៍៖&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="119"/>
        <source>Injection (question 8): %1</source>
        <translation>ការចាក់ (សំណួរទី 8)៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="122"/>
        <source>injected in the past 3 months</source>
        <translation>បានចាក់ក្នុងរយៈពេល 3 ខែចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="123"/>
        <source>has injected, with moderate or high risk</source>
        <translation>ធ្លាប់ចាក់ ហើយមានហានិភ័យមធ្យម ឬខ្ពស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="125"/>
        <source>&amp;#9873; &lt;b&gt;Offer HIV and hepatitis testing&lt;/b&gt;: %1.</source>
        <translation>&amp;#9873; &lt;b&gt;ផ្ដល់ការធ្វើតេស្តមេរោគអេដស៍ និងរលាកថ្លើម&lt;/b&gt;៖ %1។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="131"/>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="134"/>
        <source>not asked</source>
        <translation>មិនបានសួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="132"/>
        <source>%1 of 10 · %2</source>
        <translation>%1 ក្នុងចំណោម 10 · %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="135"/>
        <source>%1 of 40 · zone %2</source>
        <translation>%1 ក្នុងចំណោម 40 · កម្រិតហានិភ័យ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="137"/>
        <source>DAST-10 and AUDIT</source>
        <translation>DAST-10 និង AUDIT</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="138"/>
        <source>DAST-10: %1&lt;br&gt;AUDIT: %2</source>
        <translation>DAST-10៖ %1&lt;br&gt;AUDIT៖ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="142"/>
        <source>Urine drug test</source>
        <translation>តេស្តទឹកនោមរកគ្រឿងញៀន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="144"/>
        <source>Not tested yet.</source>
        <translation>មិនទាន់បានតេស្តនៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="147"/>
        <source>%1 · kit %2, lot %3 · read by %4</source>
        <translation>%1 · ឧបករណ៍តេស្ត %2, ឡូត៍ %3 · អានដោយ %4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="150"/>
        <source>Positive: %1</source>
        <translation>វិជ្ជមាន៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="151"/>
        <source>All negative.</source>
        <translation>អវិជ្ជមានទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="153"/>
        <source>Invalid, test again: %1</source>
        <translation>មិនត្រឹមត្រូវ សូមតេស្តម្ដងទៀត៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="158"/>
        <source>Consent to treatment</source>
        <translation>ការយល់ព្រមព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="160"/>
        <source>Not recorded yet.</source>
        <translation>មិនទាន់បានកត់ត្រានៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="162"/>
        <source>Signed on paper on %1.</source>
        <translation>បានចុះហត្ថលេខាលើក្រដាសនៅថ្ងៃ %1។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="165"/>
        <source>Refused on %1: %2</source>
        <translation>បានបដិសេធនៅថ្ងៃ %1៖ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="171"/>
        <source>Health screen</source>
        <translation>ការពិនិត្យសុខភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="174"/>
        <source>Restricted: only health officers see the health screen.</source>
        <translation>មានកម្រិតសិទ្ធិ៖ មានតែមន្ត្រីសុខាភិបាលទេ ដែលអាចមើលការពិនិត្យសុខភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="176"/>
        <source>Not done yet.</source>
        <translation>មិនទាន់បានធ្វើនៅឡើយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="179"/>
        <source>presumptive TB: refer for testing</source>
        <translation>សង្ស័យជំងឺរបេង៖ បញ្ជូនទៅធ្វើតេស្ត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="181"/>
        <source>mental-health red flag: clinician today</source>
        <translation>សញ្ញាគ្រោះថ្នាក់សុខភាពផ្លូវចិត្ត៖ ជួបគ្រូពេទ្យថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="183"/>
        <source>withdrawal risk: clinician today</source>
        <translation>ហានិភ័យនៃការញៀនដាច់៖ ជួបគ្រូពេទ្យថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/summary.py" line="184"/>
        <source>nothing calling for a clinician</source>
        <translation>គ្មានអ្វីដែលត្រូវការគ្រូពេទ្យ</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/tab.py" line="55"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/tab.py" line="56"/>
        <source>Questionnaires</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/tab.py" line="57"/>
        <source>Urine test</source>
        <translation>តេស្តទឹកនោម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/tab.py" line="58"/>
        <source>Health screen</source>
        <translation>ការពិនិត្យសុខភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/tab.py" line="59"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
</context>
<context>
    <name>ScreeningTexts</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="28"/>
        <source>In your life, have you ever used {substance}? (non-medical use only)</source>
        <translation>ក្នុងជីវិតរបស់អ្នក តើអ្នកធ្លាប់ប្រើ{substance}ដែរឬទេ? (រាប់តែការប្រើដែលមិនមែនតាមវេជ្ជបញ្ជា)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="30"/>
        <source>In the past three months, how often have you used {substance}?</source>
        <translation>ក្នុងរយៈពេលបីខែចុងក្រោយ តើអ្នកបានប្រើ{substance}ញឹកញាប់ប៉ុណ្ណា?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="32"/>
        <source>During the past three months, how often have you had a strong desire or urge to use {substance}?</source>
        <translation>ក្នុងរយៈពេលបីខែចុងក្រោយ តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកមានបំណងប្រាថ្នា ឬការចង់ប្រើ{substance}យ៉ាងខ្លាំង?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="35"/>
        <source>During the past three months, how often has your use of {substance} led to health, social, legal or financial problems?</source>
        <translation>ក្នុងរយៈពេលបីខែចុងក្រោយ តើញឹកញាប់ប៉ុណ្ណាដែលការប្រើ{substance}របស់អ្នក បាននាំឱ្យមានបញ្ហាសុខភាព សង្គម ច្បាប់ ឬហិរញ្ញវត្ថុ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="38"/>
        <source>During the past three months, how often have you failed to do what was normally expected of you because of your use of {substance}?</source>
        <translation>ក្នុងរយៈពេលបីខែចុងក្រោយ តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកមិនបានធ្វើកិច្ចការដែលគេរំពឹងពីអ្នកជាធម្មតា ដោយសារការប្រើ{substance}?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="41"/>
        <source>Has a friend or relative or anyone else ever expressed concern about your use of {substance}?</source>
        <translation>តើមិត្តភក្តិ ឬសាច់ញាតិ ឬនរណាម្នាក់ផ្សេងទៀត ធ្លាប់បង្ហាញការព្រួយបារម្ភអំពីការប្រើ{substance}របស់អ្នកដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="44"/>
        <source>Have you ever tried and failed to control, cut down or stop using {substance}?</source>
        <translation>តើអ្នកធ្លាប់ព្យាយាមគ្រប់គ្រង កាត់បន្ថយ ឬឈប់ប្រើ{substance} ប៉ុន្តែមិនបានសម្រេចដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="47"/>
        <source>Have you ever used any drug by injection? (non-medical use only)</source>
        <translation>តើអ្នកធ្លាប់ប្រើគ្រឿងញៀនណាមួយដោយការចាក់ដែរឬទេ? (រាប់តែការប្រើដែលមិនមែនតាមវេជ្ជបញ្ជា)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="50"/>
        <source>No</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="51"/>
        <source>Yes</source>
        <translation>មាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="52"/>
        <source>Never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="53"/>
        <source>Once or twice</source>
        <translation>ម្ដង ឬពីរដង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="54"/>
        <source>Monthly</source>
        <translation>ប្រចាំខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="55"/>
        <source>Weekly</source>
        <translation>ប្រចាំសប្ដាហ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="56"/>
        <source>Daily or almost daily</source>
        <translation>ប្រចាំថ្ងៃ ឬស្ទើរតែរៀងរាល់ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="57"/>
        <source>No, never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="58"/>
        <source>Yes, in the past 3 months</source>
        <translation>ធ្លាប់ ក្នុងរយៈពេល 3 ខែចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="59"/>
        <source>Yes, but not in the past 3 months</source>
        <translation>ធ្លាប់ ប៉ុន្តែមិនមែនក្នុងរយៈពេល 3 ខែចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="60"/>
        <source>Monthly or less</source>
        <translation>ប្រចាំខែ ឬតិចជាងនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="61"/>
        <source>2 to 4 times a month</source>
        <translation>2 ទៅ 4 ដងក្នុងមួយខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="62"/>
        <source>2 to 3 times a week</source>
        <translation>2 ទៅ 3 ដងក្នុងមួយសប្ដាហ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="63"/>
        <source>4 or more times a week</source>
        <translation>4 ដង ឬច្រើនជាងនេះក្នុងមួយសប្ដាហ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="64"/>
        <source>1 or 2</source>
        <translation>1 ឬ 2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="65"/>
        <source>3 or 4</source>
        <translation>3 ឬ 4</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="66"/>
        <source>5 or 6</source>
        <translation>5 ឬ 6</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="67"/>
        <source>7, 8 or 9</source>
        <translation>7, 8 ឬ 9</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="68"/>
        <source>10 or more</source>
        <translation>10 ឬច្រើនជាងនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="69"/>
        <source>Less than monthly</source>
        <translation>តិចជាងម្ដងក្នុងមួយខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="70"/>
        <source>Yes, but not in the last year</source>
        <translation>មាន ប៉ុន្តែមិនមែនក្នុងឆ្នាំចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="71"/>
        <source>Yes, during the last year</source>
        <translation>មាន ក្នុងឆ្នាំចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="73"/>
        <source>cigarettes, chewing tobacco, cigars</source>
        <translation>បារី ថ្នាំជក់ទំពារ បារីស៊ីហ្គា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="74"/>
        <source>beer, wine, rice wine, spirits</source>
        <translation>ស្រាបៀរ ស្រាទំពាំងបាយជូរ ស្រាស ស្រាខ្លាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="75"/>
        <source>marijuana, pot, grass, hash</source>
        <translation>កញ្ឆា ម៉ារីហ្វាណា ហាស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="76"/>
        <source>coke, crack</source>
        <translation>កូក ក្រេក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="77"/>
        <source>yama, ice (crystal methamphetamine), speed, ecstasy</source>
        <translation>យ៉ាម៉ា ម៉ាទឹកកក (មេតំហ្វេតាមីនគ្រីស្តាល់) ស្ពីដ អ៊ិចស្តាស៊ី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="78"/>
        <source>glue, petrol, paint thinner, nitrous</source>
        <translation>កាវ សាំង ទឹកលាយថ្នាំលាប ឧស្ម័នណៃត្រូស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="79"/>
        <source>diazepam (Valium), Rohypnol</source>
        <translation>ឌីយ៉ាហ្សេប៉ាម (វ៉ាលីយ៉ូម) រ៉ូហ៊ីបណុល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="80"/>
        <source>LSD, acid, mushrooms, PCP, ketamine (Special K)</source>
        <translation>LSD អាស៊ីត ផ្សិត PCP កេតាមីន (Special K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="81"/>
        <source>heroin, opium, morphine, methadone, codeine</source>
        <translation>ហេរ៉ូអ៊ីន អាភៀន ម័រហ្វីន មេតាដូន កូដេអ៊ីន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="82"/>
        <source>specify</source>
        <translation>បញ្ជាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="84"/>
        <source>The following questions concern information about your possible involvement with drugs, not including alcoholic beverages, during the past 12 months. &quot;Drug abuse&quot; refers to (1) the use of prescribed or over-the-counter drugs in excess of the directions, and (2) any non-medical use of drugs. The various classes of drugs may include cannabis, solvents, tranquillisers, barbiturates, cocaine, stimulants, hallucinogens or narcotics. Remember that the questions do not include alcoholic beverages.</source>
        <translation>សំណួរខាងក្រោមនេះ សួរអំពីការប្រើគ្រឿងញៀនរបស់អ្នក ក្នុងរយៈពេល ១២ ខែកន្លងមក ដោយមិនរាប់ភេសជ្ជៈមានជាតិអាល់កុលទេ។ «ការប្រើគ្រឿងញៀនខុស» មានន័យថា (១) ការប្រើថ្នាំដែលគ្រូពេទ្យចេញវេជ្ជបញ្ជា ឬថ្នាំទិញដោយសេរីពីឱសថស្ថាន លើសពីការណែនាំ និង (២) ការប្រើគ្រឿងញៀនណាមួយ ដែលមិនមែនតាមវេជ្ជបញ្ជា។ គ្រឿងញៀនអាចជា កញ្ឆា សារធាតុហិត (កាវ សាំង) ថ្នាំស្ងប់អារម្មណ៍ ថ្នាំបាប៊ីទូរ៉ាត កូកាអ៊ីន សារធាតុរំញោច (យ៉ាម៉ា ម៉ាទឹកកក) សារធាតុបង្កការស្រមើស្រមៃ ឬសារធាតុអាភៀន (ហេរ៉ូអ៊ីន)។ សូមចាំថា សំណួរទាំងនេះ មិនរាប់ភេសជ្ជៈមានជាតិអាល់កុលទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="93"/>
        <source>Have you used drugs other than those required for medical reasons?</source>
        <translation>តើអ្នកបានប្រើថ្នាំ ឬគ្រឿងញៀន ក្រៅពីថ្នាំដែលត្រូវការសម្រាប់ហេតុផលវេជ្ជសាស្ត្រដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="95"/>
        <source>Do you abuse more than one drug at a time?</source>
        <translation>តើអ្នកប្រើគ្រឿងញៀនលើសពីមួយមុខក្នុងពេលតែមួយដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="96"/>
        <source>Are you always able to stop using drugs when you want to?</source>
        <translation>តើអ្នកតែងតែអាចឈប់ប្រើគ្រឿងញៀនបាន នៅពេលអ្នកចង់ឈប់ដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="98"/>
        <source>Have you had &quot;blackouts&quot; or &quot;flashbacks&quot; as a result of drug use?</source>
        <translation>តើអ្នកធ្លាប់ «បាត់ការចងចាំ» (ចាំមិនបានថាមានអ្វីកើតឡើង ពេលកំពុងប្រើ) ឬ «ឥទ្ធិពលត្រឡប់មកវិញ» (ស្រាប់តែមានអារម្មណ៍ ឬឃើញដូចពេលកំពុងប្រើ ទោះបីមិនបានប្រើ) ដោយសារការប្រើគ្រឿងញៀនដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="100"/>
        <source>Do you ever feel bad or guilty about your drug use?</source>
        <translation>តើអ្នកធ្លាប់មានអារម្មណ៍មិនល្អ ឬមានកំហុស អំពីការប្រើគ្រឿងញៀនរបស់អ្នកដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="101"/>
        <source>Does your spouse (or parents) ever complain about your involvement with drugs?</source>
        <translation>តើប្ដី/ប្រពន្ធ (ឬឪពុកម្ដាយ) របស់អ្នក ធ្លាប់ត្អូញត្អែរអំពីការជាប់ពាក់ព័ន្ធនឹងគ្រឿងញៀនរបស់អ្នកដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="104"/>
        <source>Have you neglected your family because of your use of drugs?</source>
        <translation>តើអ្នកបានធ្វេសប្រហែសគ្រួសាររបស់អ្នក ដោយសារការប្រើគ្រឿងញៀនដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="106"/>
        <source>Have you engaged in illegal activities in order to obtain drugs?</source>
        <translation>តើអ្នកបានចូលរួមក្នុងសកម្មភាពខុសច្បាប់ ដើម្បីរកគ្រឿងញៀនដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="108"/>
        <source>Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?</source>
        <translation>តើអ្នកធ្លាប់មានរោគសញ្ញាញៀនដាច់ (មានអារម្មណ៍ឈឺ) នៅពេលអ្នកឈប់ប្រើគ្រឿងញៀនដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="111"/>
        <source>Have you had medical problems as a result of your drug use (e.g. memory loss, hepatitis, convulsions, bleeding)?</source>
        <translation>តើអ្នកធ្លាប់មានបញ្ហាសុខភាព ដោយសារការប្រើគ្រឿងញៀនដែរឬទេ (ឧ. បាត់បង់ការចងចាំ រលាកថ្លើម ប្រកាច់ ហូរឈាម)?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="115"/>
        <source>Items 2 and 3 count standard drinks. One drink is about 10 g of alcohol: one can or small bottle of beer (330 ml), one glass of wine (100 ml), or one small shot of spirits or rice wine (30 ml).</source>
        <translation>សំណួរទី ២ និង ៣ រាប់ជាខ្នាតស្ដង់ដារ។ ១ ខ្នាត មានអាល់កុលប្រហែល ១០ ក្រាម៖ ស្រាបៀរ ១ កំប៉ុង ឬ ១ ដបតូច (៣៣០ មីលីលីត្រ) ស្រាទំពាំងបាយជូរ ១០០ មីលីលីត្រ ឬស្រាខ្លាំង ឬស្រាស ៣០ មីលីលីត្រ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="119"/>
        <source>How often do you have a drink containing alcohol?</source>
        <translation>តើអ្នកផឹកភេសជ្ជៈដែលមានជាតិអាល់កុលញឹកញាប់ប៉ុណ្ណា?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="120"/>
        <source>How many drinks containing alcohol do you have on a typical day when you are drinking?</source>
        <translation>នៅថ្ងៃធម្មតាដែលអ្នកផឹក តើអ្នកផឹកភេសជ្ជៈដែលមានជាតិអាល់កុលប៉ុន្មានខ្នាត (១ ខ្នាត = ស្រាបៀរ ១ កំប៉ុង)?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="123"/>
        <source>How often do you have six or more drinks on one occasion?</source>
        <translation>តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកផឹក ៦ ខ្នាត (ស្រាបៀរ ៦ កំប៉ុង) ឬច្រើនជាងនេះ ក្នុងមួយលើក?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="125"/>
        <source>How often during the last year have you found that you were not able to stop drinking once you had started?</source>
        <translation>ក្នុងរយៈពេល ១២ ខែកន្លងមក តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកឃើញថា ខ្លួនមិនអាចឈប់ផឹកបាន នៅពេលបានចាប់ផ្ដើមផឹកហើយ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="128"/>
        <source>How often during the last year have you failed to do what was normally expected from you because of drinking?</source>
        <translation>ក្នុងរយៈពេល ១២ ខែកន្លងមក តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកមិនបានធ្វើកិច្ចការដែលគេរំពឹងពីអ្នកជាធម្មតា ដោយសារការផឹក?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="131"/>
        <source>How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?</source>
        <translation>ក្នុងរយៈពេល ១២ ខែកន្លងមក តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកត្រូវការផឹកស្រាតាំងពីព្រឹក ដើម្បីឱ្យមានកម្លាំង ក្រោយពីបានផឹកច្រើន?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="134"/>
        <source>How often during the last year have you had a feeling of guilt or remorse after drinking?</source>
        <translation>ក្នុងរយៈពេល ១២ ខែកន្លងមក តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកមានអារម្មណ៍មានកំហុស ឬសោកស្ដាយ ក្រោយពីផឹក?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="137"/>
        <source>How often during the last year have you been unable to remember what happened the night before because you had been drinking?</source>
        <translation>ក្នុងរយៈពេល ១២ ខែកន្លងមក តើញឹកញាប់ប៉ុណ្ណាដែលអ្នកមិនអាចចងចាំអ្វីដែលបានកើតឡើងកាលពីយប់មិញ ដោយសារអ្នកបានផឹក?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="140"/>
        <source>Have you or someone else been injured as a result of your drinking?</source>
        <translation>តើអ្នក ឬអ្នកដទៃ ធ្លាប់រងរបួសដោយសារការផឹករបស់អ្នកដែរឬទេ?</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/texts.py" line="142"/>
        <source>Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?</source>
        <translation>តើសាច់ញាតិ ឬមិត្តភក្តិ ឬគ្រូពេទ្យ ឬបុគ្គលិកសុខាភិបាលផ្សេងទៀត ធ្លាប់ព្រួយបារម្ភអំពីការផឹករបស់អ្នក ឬណែនាំឱ្យអ្នកកាត់បន្ថយដែរឬទេ?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/startup.py" line="120"/>
        <source>You signed out. Sign in to continue, or cancel to close RehabDesk.</source>
        <translation>អ្នកបានចាកចេញ។ សូមចូលប្រើ ដើម្បីបន្ត ឬបោះបង់ ដើម្បីបិទ RehabDesk។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/startup.py" line="124"/>
        <source>Sign in as the next user. Your own unsaved work comes back only if you sign in again yourself.</source>
        <translation>សូមចូលប្រើជាអ្នកប្រើបន្ទាប់។ ការងាររបស់អ្នកដែលមិនទាន់រក្សាទុក នឹងត្រឡប់មកវិញ លុះត្រាតែអ្នកចូលប្រើម្ដងទៀតដោយខ្លួនឯង។</translation>
    </message>
</context>
<context>
    <name>SessionTypesList</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="312"/>
        <source>Offered</source>
        <translation>បានផ្ដល់ជូន</translation>
    </message>
</context>
<context>
    <name>SessionTypesModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="107"/>
        <source>English name</source>
        <translation>ឈ្មោះអង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="108"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="109"/>
        <source>Offered</source>
        <translation>បានផ្ដល់ជូន</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="148"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="149"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="150"/>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="151"/>
        <source>Facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="152"/>
        <source>Topic</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="153"/>
        <source>Present</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="154"/>
        <source>Absent</source>
        <translation>អវត្តមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="155"/>
        <source>Excused</source>
        <translation>មានច្បាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="161"/>
        <source>not taken</source>
        <translation>មិនទាន់ហៅឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="163"/>
        <source>everyone enrolled</source>
        <translation>អ្នកចូលកម្មវិធីទាំងអស់</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="308"/>
        <source>Enter: take or look at the session&apos;s roll call.</source>
        <translation>Enter៖ ហៅ ឬមើលការហៅឈ្មោះនៃវគ្គ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="310"/>
        <source>last 7 days</source>
        <translation>៧ ថ្ងៃកន្លងមក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="310"/>
        <source>last 30 days</source>
        <translation>៣០ ថ្ងៃកន្លងមក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="310"/>
        <source>last 90 days</source>
        <translation>៩០ ថ្ងៃកន្លងមក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="311"/>
        <source>next 30 days</source>
        <translation>៣០ ថ្ងៃខាងមុខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="315"/>
        <source>&amp;New session…</source>
        <translation>វគ្គថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="317"/>
        <source>&amp;Roll call…</source>
        <translation>ហៅឈ្មោះ (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="321"/>
        <source>&amp;Period</source>
        <translation>រយៈពេល (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="322"/>
        <source>&amp;Group</source>
        <translation>ក្រុម (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="323"/>
        <source>&amp;Type</source>
        <translation>ប្រភេទ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="342"/>
        <source>all groups</source>
        <translation>ក្រុមទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="345"/>
        <source>all types</source>
        <translation>ប្រភេទទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="365"/>
        <source>%1 sessions</source>
        <translation>%1 វគ្គ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="367"/>
        <source>%1 roll calls not taken</source>
        <translation>ការហៅឈ្មោះ %1 មិនទាន់ធ្វើ</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/setup_wizard.py" line="190"/>
        <source>Set up RehabDesk — %1</source>
        <translation>រៀបចំ RehabDesk — %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="118"/>
        <source>Sign in — %1</source>
        <translation>ចូលប្រើ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="117"/>
        <source>Locked — %1</source>
        <translation>បានចាក់សោ — %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="119"/>
        <source>Your RehabDesk user name.</source>
        <translation>ឈ្មោះអ្នកប្រើ RehabDesk របស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="120"/>
        <source>Your password. Five wrong passwords lock the account for 15 minutes.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នក។ ពាក្យសម្ងាត់ខុសប្រាំដង នឹងចាក់សោគណនីរយៈពេល ១៥ នាទី។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="122"/>
        <source>The language of the screens and of this window; RehabDesk remembers each user&apos;s choice.</source>
        <translation>ភាសានៃអេក្រង់ និងនៃផ្ទាំងនេះ។ RehabDesk ចងចាំជម្រើសរបស់អ្នកប្រើម្នាក់ៗ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="125"/>
        <source>The window was locked after a time without use. Enter your password to continue where you left off.</source>
        <translation>បង្អួចត្រូវបានចាក់សោ ដោយសារមិនបានប្រើមួយរយៈ។ សូមបញ្ចូលពាក្យសម្ងាត់ ដើម្បីបន្តការងារពីកន្លែងដែលបានទុក។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="127"/>
        <source>Sign in to work with the centre&apos;s records.</source>
        <translation>សូមចូលប្រើ ដើម្បីធ្វើការជាមួយកំណត់ត្រារបស់មជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="128"/>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="128"/>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="129"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="132"/>
        <source>Switch user</source>
        <translation>ប្ដូរអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="134"/>
        <source>Sign in as someone else. The locked user&apos;s unsaved work is not kept.</source>
        <translation>ចូលប្រើជាអ្នកផ្សេង។ ការងារមិនទាន់រក្សាទុករបស់អ្នកប្រើដែលបានចាក់សោ នឹងមិនត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="137"/>
        <source>Demo centre: every user&apos;s password is &lt;b&gt;demo&lt;/b&gt;.&lt;br&gt;&lt;b&gt;sokha.chan&lt;/b&gt;, clerk: registers arrivals, screens, records court papers and enrolments.&lt;br&gt;&lt;b&gt;dara.heng&lt;/b&gt;, supervisor: the clerk&apos;s work, plus eligibility overrides and merges.&lt;br&gt;&lt;b&gt;thida.keo&lt;/b&gt;, health officer: screenings and the health screen.&lt;br&gt;&lt;b&gt;admin&lt;/b&gt;, administrator: users, backups, the policy and settings (not intake).</source>
        <translation>មជ្ឈមណ្ឌលសាកល្បង៖ ពាក្យសម្ងាត់របស់អ្នកប្រើគ្រប់រូបគឺ &lt;b&gt;demo&lt;/b&gt;។&lt;br&gt;&lt;b&gt;sokha.chan&lt;/b&gt;, ស្មៀន៖ ចុះឈ្មោះអ្នកមកដល់ ធ្វើការវាយតម្លៃ កត់ត្រាឯកសារតុលាការ និងការចុះឈ្មោះចូលកម្មវិធី។&lt;br&gt;&lt;b&gt;dara.heng&lt;/b&gt;, អ្នកត្រួតពិនិត្យ៖ ការងាររបស់ស្មៀន បូកនឹងការលើកលែងលក្ខណៈសម្បត្តិ និងការបញ្ចូលកំណត់ត្រា។&lt;br&gt;&lt;b&gt;thida.keo&lt;/b&gt;, មន្ត្រីសុខាភិបាល៖ ការវាយតម្លៃ និងការពិនិត្យសុខភាព។&lt;br&gt;&lt;b&gt;admin&lt;/b&gt;, អ្នកគ្រប់គ្រងប្រព័ន្ធ៖ អ្នកប្រើ ការបម្រុងទុក គោលការណ៍ និងការកំណត់ (មិនមែនការទទួលចូលទេ)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/shell/sign_in_dialog.py" line="162"/>
        <source>Sign in as another user. The window opens afresh for them.</source>
        <translation>សូមចូលប្រើជាអ្នកប្រើផ្សេង។ បង្អួចនឹងបើកថ្មីសម្រាប់គាត់។</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="369"/>
        <source>Resume</source>
        <translation>បន្តវិញ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="369"/>
        <source>Start</source>
        <translation>ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="370"/>
        <source>&amp;Resume</source>
        <translation>បន្តវិញ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="370"/>
        <source>&amp;Start</source>
        <translation>ចាប់ផ្ដើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="376"/>
        <source>the workshop is full: take one more</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈពេញហើយ៖ ទទួលបន្ថែមម្នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="378"/>
        <source>why one more place is needed</source>
        <translation>មូលហេតុដែលត្រូវការកន្លែងបន្ថែមមួយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="379"/>
        <source>&amp;From</source>
        <translation>ចាប់ពីថ្ងៃ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="380"/>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="383"/>
        <source>Reason for the e&amp;xtra place</source>
        <translation>មូលហេតុនៃកន្លែងបន្ថែម (&amp;X)</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="84"/>
        <source>The year counted: from 1 January to 31 December, or to today for this year</source>
        <translation>ឆ្នាំដែលរាប់៖ ពីថ្ងៃទី១ មករា ដល់ថ្ងៃទី៣១ ធ្នូ ឬដល់ថ្ងៃនេះសម្រាប់ឆ្នាំនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="86"/>
        <source>&amp;Year:</source>
        <translation>ឆ្នាំ (&amp;Y)៖</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="88"/>
        <source>National &amp;statistics…</source>
        <translation>ស្ថិតិថ្នាក់ជាតិ (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="90"/>
        <source>Every table by centre and month and by sex and age group, small numbers suppressed; as a PDF or a spreadsheet</source>
        <translation>តារាងទាំងអស់តាមមណ្ឌល និងខែ និងតាមភេទ និងក្រុមអាយុ ដោយលាក់ចំនួនតូចៗ ជា PDF ឬតារាង Excel</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="92"/>
        <source>Episode &amp;extract…</source>
        <translation>ទិន្នន័យដកស្រង់នៃការស្នាក់នៅ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="94"/>
        <source>One line per stay, no name or id: the linkage key, the centre and the Treatment Demand Indicator items (docs/codebook.md); CSV or spreadsheet</source>
        <translation>មួយបន្ទាត់សម្រាប់ការស្នាក់នៅនីមួយៗ គ្មានឈ្មោះ ឬលេខអត្តសញ្ញាណ៖ កូនសោភ្ជាប់ មណ្ឌល និងធាតុនៃសូចនាករតម្រូវការព្យាបាល (docs/codebook.md) ជា CSV ឬតារាង Excel</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="106"/>
        <source>Every release of statistics and extracts</source>
        <translation>រាល់ការផ្សព្វផ្សាយស្ថិតិ និងទិន្នន័យដកស្រង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="152"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="160"/>
        <source>Save the national statistics</source>
        <translation>រក្សាទុកស្ថិតិថ្នាក់ជាតិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="162"/>
        <source>PDF (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>PDF (*.pdf);;តារាង Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="168"/>
        <source>Save the episode extract</source>
        <translation>រក្សាទុកទិន្នន័យដកស្រង់នៃការស្នាក់នៅ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="169"/>
        <source>CSV (*.csv);;Spreadsheet (*.xlsx)</source>
        <translation>CSV (*.csv);;តារាង Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="178"/>
        <source>Counting %1 at every centre…</source>
        <translation>កំពុងរាប់ឆ្នាំ %1 នៅគ្រប់មណ្ឌល…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/hq/statistics.py" line="186"/>
        <source>Saved %1 (SHA-256 %2).</source>
        <translation>បានរក្សាទុក %1 (SHA-256 %2)។</translation>
    </message>
</context>
<context>
    <name>SubstanceCard</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/assist_questionnaire.py" line="115"/>
        <source>score when every question is answered</source>
        <translation>ពិន្ទុនឹងបង្ហាញនៅពេលឆ្លើយគ្រប់សំណួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/assist_questionnaire.py" line="118"/>
        <source>&lt;b&gt;Score %1&lt;/b&gt; · %2 risk · %3</source>
        <translation>&lt;b&gt;ពិន្ទុ %1&lt;/b&gt; · ហានិភ័យ%2 · %3</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="402"/>
        <source>Suspend</source>
        <translation>ផ្អាក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="402"/>
        <source>&amp;Suspend</source>
        <translation>ផ្អាក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="406"/>
        <source>A suspension for the workshop&apos;s own reasons (a machine broken, the trainer away) keeps the pay.</source>
        <translation>ការផ្អាកដោយសារមូលហេតុរបស់ថ្នាក់វិជ្ជាជីវៈផ្ទាល់ (ម៉ាស៊ីនខូច គ្រូបង្គោលអវត្តមាន) រក្សាប្រាក់ឈ្នួលដដែល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="408"/>
        <source>keeps the &amp;pay</source>
        <translation>រក្សាប្រាក់ឈ្នួល (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="410"/>
        <source>why the place is suspended</source>
        <translation>មូលហេតុដែលកន្លែងត្រូវបានផ្អាក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="411"/>
        <source>&amp;From</source>
        <translation>ចាប់ពីថ្ងៃ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="413"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="285"/>
        <source>Import a transfer list</source>
        <translation>នាំចូលបញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="296"/>
        <source>The transfer list: an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>បញ្ជីផ្ទេរ៖ ឯកសារ Excel (.xlsx) ឬឯកសារ CSV។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="298"/>
        <source>&amp;Choose file…</source>
        <translation>ជ្រើសឯកសារ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="299"/>
        <source>Find the transfer list on this computer or a USB stick.</source>
        <translation>ស្វែងរកបញ្ជីផ្ទេរនៅលើកុំព្យូទ័រនេះ ឬក្នុង USB។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="303"/>
        <source>The prison that sent the list; its column layout is remembered for next time.</source>
        <translation>ពន្ធនាគារដែលបានផ្ញើបញ្ជី៖ ការរៀបចំជួរឈររបស់វានឹងត្រូវចងចាំសម្រាប់លើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="306"/>
        <source>Save an empty &amp;template…</source>
        <translation>រក្សាទុកគំរូទទេ (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="307"/>
        <source>A spreadsheet with the expected columns, to send to a prison.</source>
        <translation>តារាងដែលមានជួរឈរត្រូវការ សម្រាប់ផ្ញើទៅពន្ធនាគារ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="314"/>
        <source>Transfer &amp;list</source>
        <translation>បញ្ជីផ្ទេរ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="315"/>
        <source>From &amp;prison</source>
        <translation>ពីពន្ធនាគារ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="328"/>
        <source>Say what each column of the sheet holds. Columns set to &quot;ignore&quot; are not imported.</source>
        <translation>ប្រាប់ថាជួរឈរនីមួយៗនៃតារាងមានអ្វី។ ជួរឈរដែលកំណត់ជា &quot;មិនយក&quot; នឹងមិនត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="347"/>
        <source>Tick the rows to import (Space); for a possible duplicate choose what to do (F2).</source>
        <translation>គូសជួរដែលត្រូវនាំចូល (Space)៖ សម្រាប់កំណត់ត្រាដែលអាចស្ទួន ជ្រើសអ្វីដែលត្រូវធ្វើ (F2)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="373"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="375"/>
        <source>Preview and print the report, to file with the prison&apos;s paper list.</source>
        <translation>មើលជាមុន និងបោះពុម្ពរបាយការណ៍ ដើម្បីរក្សាទុកជាមួយបញ្ជីក្រដាសរបស់ពន្ធនាគារ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="377"/>
        <source>Save as &amp;CSV…</source>
        <translation>រក្សាទុកជា CSV… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="378"/>
        <source>Keep the report as a spreadsheet file.</source>
        <translation>រក្សាទុករបាយការណ៍ជាឯកសារតារាង។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="394"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="395"/>
        <source>Return to the previous step.</source>
        <translation>ត្រឡប់ទៅជំហានមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="396"/>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="433"/>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ &gt; (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="398"/>
        <source>Go to the next step; nothing is written yet.</source>
        <translation>ទៅជំហានបន្ទាប់៖ មិនទាន់មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="400"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="401"/>
        <source>Stop without importing anything (Esc).</source>
        <translation>ឈប់ដោយមិននាំចូលអ្វីទាំងអស់ (Esc)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="427"/>
        <source>&lt;b&gt;1 of 4&lt;/b&gt; · Choose the transfer list</source>
        <translation>&lt;b&gt;1 នៃ 4&lt;/b&gt; · ជ្រើសបញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="428"/>
        <source>&lt;b&gt;2 of 4&lt;/b&gt; · Match the columns</source>
        <translation>&lt;b&gt;2 នៃ 4&lt;/b&gt; · ផ្គូផ្គងជួរឈរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="429"/>
        <source>&lt;b&gt;3 of 4&lt;/b&gt; · Check every row</source>
        <translation>&lt;b&gt;3 នៃ 4&lt;/b&gt; · ពិនិត្យជួរនីមួយៗ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="430"/>
        <source>&lt;b&gt;4 of 4&lt;/b&gt; · Report</source>
        <translation>&lt;b&gt;4 នៃ 4&lt;/b&gt; · របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="433"/>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="434"/>
        <source>&amp;Close</source>
        <translation>បិទ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="464"/>
        <source>Choose the transfer list</source>
        <translation>ជ្រើសបញ្ជីផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="465"/>
        <source>Transfer lists (*.xlsx *.csv)</source>
        <translation>បញ្ជីផ្ទេរ (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="470"/>
        <source>Save an empty template</source>
        <translation>រក្សាទុកគំរូទទេ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="472"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="485"/>
        <source>Choose the transfer list file first.</source>
        <translation>សូមជ្រើសឯកសារបញ្ជីផ្ទេរជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="512"/>
        <source>ignore</source>
        <translation>មិនយក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="516"/>
        <source>What the column &quot;%1&quot; holds.</source>
        <translation>អ្វីដែលជួរឈរ &quot;%1&quot; មាន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="553"/>
        <source>%1 rows: %2 ok, %3 possible duplicates, %4 invalid. %5 will be imported.</source>
        <translation>%1 ជួរ៖ ត្រឹមត្រូវ %2 អាចស្ទួន %3 មិនត្រឹមត្រូវ %4។ នឹងនាំចូល %5។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="564"/>
        <source>Tick at least one row to import.</source>
        <translation>សូមគូសយ៉ាងហោចណាស់មួយជួរដើម្បីនាំចូល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="575"/>
        <source>Nothing was imported: %1</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ៖ %1</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="582"/>
        <source>%1 imported, %2 skipped.</source>
        <translation>បាននាំចូល %1 បានរំលង %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="591"/>
        <source>Save the import report</source>
        <translation>រក្សាទុករបាយការណ៍នាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="592"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="600"/>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
</context>
<context>
    <name>TransferRowsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="95"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="95"/>
        <source>Row</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="95"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="95"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="96"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="96"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="96"/>
        <source>Born</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="96"/>
        <source>Inmate no.</source>
        <translation>លេខអ្នកជាប់ឃុំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="97"/>
        <source>Problems and possible duplicates</source>
        <translation>បញ្ហា និងកំណត់ត្រាដែលអាចស្ទួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="97"/>
        <source>What to do</source>
        <translation>អ្វីដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="112"/>
        <source>ok</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="112"/>
        <source>possible duplicate</source>
        <translation>អាចស្ទួន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="113"/>
        <source>invalid</source>
        <translation>មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="123"/>
        <source>This row may be the same person as row %1 of this list (%2%: %3).</source>
        <translation>ជួរនេះប្រហែលជាមនុស្សតែមួយនឹងជួរទី %1 នៃបញ្ជីផ្ទេរនេះ (%2%: %3)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="130"/>
        <source>Skip this row</source>
        <translation>រំលងជួរនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="132"/>
        <source>Re-admit %1 (%2)</source>
        <translation>ទទួល %1 ចូលម្ដងទៀត (%2)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="135"/>
        <source>Register as a new person</source>
        <translation>ចុះឈ្មោះជាបុគ្គលថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="140"/>
        <source>Cannot be imported</source>
        <translation>មិនអាចនាំចូលបានទេ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="142"/>
        <source>Register</source>
        <translation>ចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/intake/transfer_import_dialog.py" line="142"/>
        <source>Skip</source>
        <translation>រំលង</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="83"/>
        <source>Change enrolment status</source>
        <translation>ប្ដូរស្ថានភាពការចូលកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="83"/>
        <source>Record</source>
        <translation>កត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="87"/>
        <source>Now %1 in %2.</source>
        <translation>ឥឡូវ %1 ក្នុង %2។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="96"/>
        <source>&amp;New status</source>
        <translation>ស្ថានភាពថ្មី (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="97"/>
        <source>&amp;Effective on</source>
        <translation>ចូលជាធរមានចាប់ពីថ្ងៃ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="98"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/dialogs.py" line="100"/>
        <source>Ending the enrolment frees the bed at once.</source>
        <translation>ការបញ្ចប់ការចូលកម្មវិធីធ្វើឱ្យគ្រែទំនេរភ្លាម។</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="178"/>
        <source>Effective</source>
        <translation>ចូលជាធរមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="179"/>
        <source>Change</source>
        <translation>ការប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="180"/>
        <source>Recorded</source>
        <translation>បានកត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="181"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="182"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>UrinePanel</name>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="38"/>
        <source>e.g. 8-panel cassette</source>
        <translation>ឧ. កាសែតតេស្ត 8 មុខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="42"/>
        <source>Tested &amp;on</source>
        <translation>តេស្តនៅថ្ងៃ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="43"/>
        <source>&amp;Kit</source>
        <translation>ឧបករណ៍តេស្ត (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="44"/>
        <source>&amp;Lot number</source>
        <translation>លេខឡូត៍ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="45"/>
        <source>&amp;Read by</source>
        <translation>អានដោយ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="46"/>
        <source>Positive</source>
        <translation>វិជ្ជមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="47"/>
        <source>Negative</source>
        <translation>អវិជ្ជមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="48"/>
        <source>Invalid</source>
        <translation>មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="54"/>
        <source>Each drug: P or 1 positive, N or 2 negative, I or 3 invalid (no control line).</source>
        <translation>គ្រឿងញៀននីមួយៗ៖ P ឬ 1 វិជ្ជមាន, N ឬ 2 អវិជ្ជមាន, I ឬ 3 មិនត្រឹមត្រូវ (គ្មានបន្ទាត់ត្រួតពិនិត្យ)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/screening/urine_panel.py" line="82"/>
        <source>Urine test of %1 saved.</source>
        <translation>បានរក្សាទុកតេស្តទឹកនោមថ្ងៃ %1។</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="235"/>
        <source>Visit</source>
        <translation>ការសួរសុខទុក្ខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="235"/>
        <source>Sa&amp;ve</source>
        <translation>រក្សាទុក (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="242"/>
        <source>Re&amp;fused</source>
        <translation>បានបដិសេធ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="244"/>
        <source>why the visit was refused</source>
        <translation>មូលហេតុដែលការសួរសុខទុក្ខត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="245"/>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="246"/>
        <source>&amp;Visitor</source>
        <translation>អ្នកមកសួរសុខទុក្ខ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="247"/>
        <source>&amp;Relation</source>
        <translation>ត្រូវជា (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/dialogs.py" line="249"/>
        <source>Refused &amp;because</source>
        <translation>បដិសេធដោយសារ (&amp;B)</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="153"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="154"/>
        <source>Visitor</source>
        <translation>អ្នកមកសួរសុខទុក្ខ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="155"/>
        <source>Relation</source>
        <translation>ត្រូវជា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/rights/models.py" line="156"/>
        <source>Refused because</source>
        <translation>បដិសេធដោយសារ</translation>
    </message>
</context>
<context>
    <name>VocationalPage</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="417"/>
        <source>&amp;Workshops</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="418"/>
        <source>Work &amp;register</source>
        <translation>បញ្ជីការងារប្រចាំថ្ងៃ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="419"/>
        <source>&amp;Pay periods</source>
        <translation>រយៈពេលបើកប្រាក់ឈ្នួល (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="420"/>
        <source>&amp;Certificates</source>
        <translation>វិញ្ញាបនបត្រ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="423"/>
        <source>&lt;h2&gt;Vocational training and work&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ និងការងារ&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>VocationalTab</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="118"/>
        <source>&lt;b&gt;Workshop places of case %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;កន្លែងក្នុងថ្នាក់វិជ្ជាជីវៈរបស់ករណី %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="120"/>
        <source>&amp;Apply…</source>
        <translation>ដាក់ពាក្យ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="120"/>
        <source>C&amp;onsent…</source>
        <translation>ការយល់ព្រម… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="121"/>
        <source>&amp;Waitlist</source>
        <translation>ដាក់ក្នុងបញ្ជីរង់ចាំ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="121"/>
        <source>&amp;Start…</source>
        <translation>ចាប់ផ្ដើម… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="122"/>
        <source>S&amp;uspend…</source>
        <translation>ផ្អាក… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="122"/>
        <source>&amp;Resume…</source>
        <translation>បន្តវិញ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="123"/>
        <source>&amp;End…</source>
        <translation>បញ្ចប់… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="123"/>
        <source>Assess&amp;ment…</source>
        <translation>ការវាយតម្លៃ… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="124"/>
        <source>&amp;Certificate…</source>
        <translation>វិញ្ញាបនបត្រ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="130"/>
        <source>Issue the certificate of the selected place (the hours and a passed assessment).</source>
        <translation>ចេញវិញ្ញាបនបត្រនៃកន្លែងដែលបានជ្រើស (ម៉ោងគ្រប់ និងការវាយតម្លៃជាប់)។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="139"/>
        <source>Print co&amp;nsent…</source>
        <translation>បោះពុម្ពលិខិតយល់ព្រម (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="141"/>
        <source>Print pa&amp;y statement…</source>
        <translation>បោះពុម្ពតារាងប្រាក់ឈ្នួល (&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="143"/>
        <source>Print cert&amp;ificate</source>
        <translation>បោះពុម្ពវិញ្ញាបនបត្រ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="152"/>
        <source>History of the place</source>
        <translation>ប្រវត្តិនៃកន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="155"/>
        <source>Hours and pay by month</source>
        <translation>ម៉ោង និងប្រាក់ឈ្នួលតាមខែ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="157"/>
        <source>Assessments</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="163"/>
        <source>Certificates</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="227"/>
        <source>This stay: %1 worked · %2 earned · savings kept for release %3</source>
        <translation>ការស្នាក់នៅនេះ៖ ធ្វើការ %1 · រកបាន %2 · ប្រាក់សន្សំទុកសម្រាប់ថ្ងៃដោះលែង %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="250"/>
        <source>Your role may not print.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="253"/>
        <source>Select a workshop place first.</source>
        <translation>សូមជ្រើសកន្លែងក្នុងថ្នាក់វិជ្ជាជីវៈមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="254"/>
        <source>Preview the consent to train and work of the selected place, to be signed or refused.</source>
        <translation>មើលលិខិតយល់ព្រមចូលរៀន និងធ្វើការនៃកន្លែងដែលបានជ្រើសជាមុន ដើម្បីឱ្យចុះហត្ថលេខាយល់ព្រម ឬមិនយល់ព្រម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="257"/>
        <source>Select a month under &quot;Hours and pay by month&quot; first.</source>
        <translation>សូមជ្រើសខែមួយក្នុង «ម៉ោង និងប្រាក់ឈ្នួលតាមខែ» ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="258"/>
        <source>Preview the pay statement of the selected month: the days worked, the pay and the savings.</source>
        <translation>មើលតារាងប្រាក់ឈ្នួលនៃខែដែលបានជ្រើសជាមុន៖ ថ្ងៃធ្វើការ ប្រាក់ឈ្នួល និងប្រាក់សន្សំ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="262"/>
        <source>Select a certificate first.</source>
        <translation>សូមជ្រើសវិញ្ញាបនបត្រមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="263"/>
        <source>A revoked certificate is not printed.</source>
        <translation>វិញ្ញាបនបត្រដែលត្រូវបានដកហូត មិនត្រូវបានបោះពុម្ពទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/tab.py" line="264"/>
        <source>Preview the selected certificate; once the original has been printed, each print is a copy and says so.</source>
        <translation>មើលវិញ្ញាបនបត្រដែលបានជ្រើសជាមុន។ នៅពេលច្បាប់ដើមត្រូវបានបោះពុម្ពរួចហើយ ការបោះពុម្ពនីមួយៗជាច្បាប់ចម្លង ហើយមានសរសេរបញ្ជាក់ដូច្នេះ។</translation>
    </message>
</context>
<context>
    <name>VocationalTexts</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="21"/>
        <source>%1 h</source>
        <translation>%1 ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="22"/>
        <source>%1 riel</source>
        <translation>%1 រៀល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="23"/>
        <source>open</source>
        <translation>នៅបើក</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="24"/>
        <source>closed on %1 by %2</source>
        <translation>បានបិទនៅថ្ងៃ %1 ដោយ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="25"/>
        <source>%1 · %2 × %3</source>
        <translation>%1 · %2 × %3</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="26"/>
        <source>%1 of %2</source>
        <translation>%1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="27"/>
        <source>no rate yet</source>
        <translation>មិនទាន់មានអត្រា</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="28"/>
        <source>valid</source>
        <translation>មានសុពលភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="29"/>
        <source>revoked on %1: %2</source>
        <translation>ត្រូវបានដកហូតនៅថ្ងៃ %1៖ %2</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="30"/>
        <source>with pay</source>
        <translation>មានប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="31"/>
        <source>without pay</source>
        <translation>គ្មានប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="32"/>
        <source>worked</source>
        <translation>បានធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="33"/>
        <source>no work</source>
        <translation>មិនបានធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="34"/>
        <source>passed</source>
        <translation>ជាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="35"/>
        <source>not yet passed</source>
        <translation>មិនទាន់ជាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="36"/>
        <source>set when the stay ended</source>
        <translation>កំណត់នៅពេលការស្នាក់នៅបានបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="39"/>
        <source>Mon</source>
        <translation>ចន្ទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="39"/>
        <source>Tue</source>
        <translation>អង្គារ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="40"/>
        <source>Wed</source>
        <translation>ពុធ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="40"/>
        <source>Thu</source>
        <translation>ព្រហស្បតិ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="41"/>
        <source>Fri</source>
        <translation>សុក្រ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="41"/>
        <source>Sat</source>
        <translation>សៅរ៍</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/texts.py" line="42"/>
        <source>Sun</source>
        <translation>អាទិត្យ</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="41"/>
        <source>Rank</source>
        <translation>លំដាប់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="42"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="43"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="44"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="45"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="46"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="47"/>
        <source>Days waiting</source>
        <translation>ចំនួនថ្ងៃរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="48"/>
        <source>Sentence left</source>
        <translation>ទោសនៅសល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="49"/>
        <source>Priority</source>
        <translation>អាទិភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="50"/>
        <source>Eligibility</source>
        <translation>លក្ខណៈសម្បត្តិ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="51"/>
        <source>Arrived</source>
        <translation>ថ្ងៃមកដល់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="62"/>
        <source>%1 · %2 pts</source>
        <translation>%1 · %2 ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="64"/>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="70"/>
        <source>%1 d · %2 pts</source>
        <translation>%1 ថ្ងៃ · %2 ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="67"/>
        <source>unknown · 0 pts</source>
        <translation>មិនដឹង · 0 ពិន្ទុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="78"/>
        <source>Total %1 points; ties go to the earlier arrival.</source>
        <translation>សរុប %1 ពិន្ទុ។ ពិន្ទុស្មើគ្នា អ្នកមកដល់មុនបានមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/models.py" line="81"/>
        <source>Only an eligible person can be enrolled.</source>
        <translation>មានតែអ្នកមានលក្ខណៈសម្បត្តិទេដែលអាចចុះឈ្មោះចូលបាន។</translation>
    </message>
</context>
<context>
    <name>WaitlistTab</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="115"/>
        <source>Enter: enrol the selected person. Hover a row to see how its priority adds up.</source>
        <translation>Enter៖ ចុះឈ្មោះអ្នកដែលបានជ្រើស។ ដាក់ទស្សន៍ទ្រនិចលើជួរដើម្បីមើលរបៀបគណនាអាទិភាព។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="120"/>
        <source>&amp;Enrol…</source>
        <translation>ចុះឈ្មោះចូល (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="122"/>
        <source>Wi&amp;thdraw…</source>
        <translation>ដកចេញ (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="123"/>
        <source>Open record (Ctrl+O)</source>
        <translation>បើកកំណត់ត្រា (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="127"/>
        <source>Your role may not change enrolments.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចប្ដូរការចូលកម្មវិធីបានទេ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="147"/>
        <source>%1 waiting, %2 of them eligible now. Priority = risk level + days waiting + days of sentence left, each with its points; ties go to the earlier arrival.</source>
        <translation>រង់ចាំ %1 នាក់ មានលក្ខណៈសម្បត្តិឥឡូវ %2 នាក់។ អាទិភាព = កម្រិតហានិភ័យ + ចំនួនថ្ងៃរង់ចាំ + ចំនួនថ្ងៃទោសនៅសល់ នីមួយៗមានពិន្ទុ។ ពិន្ទុស្មើគ្នា អ្នកមកដល់មុនបានមុន។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="164"/>
        <source>Only an eligible person can be enrolled; this person is %1.</source>
        <translation>មានតែអ្នកមានលក្ខណៈសម្បត្តិទេដែលអាចចុះឈ្មោះចូលបាន។ អ្នកនេះ %1។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/page.py" line="168"/>
        <source>Enrol the selected person (Enter).</source>
        <translation>ចុះឈ្មោះអ្នកដែលបានជ្រើស (Enter)។</translation>
    </message>
</context>
<context>
    <name>WeightsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="119"/>
        <source>Changed</source>
        <translation>បានប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="120"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="121"/>
        <source>Per risk level</source>
        <translation>ក្នុងមួយកម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="122"/>
        <source>Per day waiting</source>
        <translation>ក្នុងមួយថ្ងៃរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="123"/>
        <source>Per day of urgency</source>
        <translation>ក្នុងមួយថ្ងៃបន្ទាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="124"/>
        <source>Horizon (days)</source>
        <translation>រយៈពេលគិត (ថ្ងៃ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="125"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="336"/>
        <source>Priority = risk level (0 low, 1 moderate, 2 high) × the first weight + days on the waitlist × the second + (horizon − days of sentence left) × the third. Ties go to the earlier arrival. Every change is kept with its reason.</source>
        <translation>អាទិភាព = កម្រិតហានិភ័យ (0 ទាប, 1 មធ្យម, 2 ខ្ពស់) × មេគុណអាទិភាពទីមួយ + ចំនួនថ្ងៃក្នុងបញ្ជីរង់ចាំ × មេគុណទីពីរ + (រយៈពេលគិត − ចំនួនថ្ងៃទោសនៅសល់) × មេគុណទីបី។ ពិន្ទុស្មើគ្នា អ្នកមកដល់មុនបានមុន។ ការប្ដូរនីមួយៗត្រូវរក្សាទុកជាមួយមូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="348"/>
        <source>days</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="351"/>
        <source>why the weights change (required, kept)</source>
        <translation>ហេតុអ្វីប្ដូរមេគុណអាទិភាព (ចាំបាច់ ត្រូវរក្សាទុក)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="352"/>
        <source>&amp;Apply</source>
        <translation>អនុវត្ត (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="359"/>
        <source>Points per risk level</source>
        <translation>ពិន្ទុក្នុងមួយកម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="360"/>
        <source>Points per day waiting</source>
        <translation>ពិន្ទុក្នុងមួយថ្ងៃរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="361"/>
        <source>Points per day of urgency</source>
        <translation>ពិន្ទុក្នុងមួយថ្ងៃបន្ទាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="362"/>
        <source>Urgency horizon</source>
        <translation>រយៈពេលគិតភាពបន្ទាន់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="366"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="374"/>
        <source>&lt;b&gt;Every version&lt;/b&gt;</source>
        <translation>&lt;b&gt;គ្រប់កំណែ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="382"/>
        <source>Only administrators change the waitlist weights.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេដែលអាចប្ដូរមេគុណអាទិភាពនៃបញ្ជីរង់ចាំ។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/enrolment/settings.py" line="407"/>
        <source>Saved; the waitlist is ordered by the new weights.</source>
        <translation>បានរក្សាទុក។ បញ្ជីរង់ចាំត្រូវបានតម្រៀបតាមមេគុណអាទិភាពថ្មី។</translation>
    </message>
</context>
<context>
    <name>WorkRegisterModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="79"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="80"/>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="81"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="82"/>
        <source>Place</source>
        <translation>កន្លែង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="83"/>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="84"/>
        <source>Absence</source>
        <translation>អវត្តមាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/register.py" line="85"/>
        <source>Pieces</source>
        <translation>ចំនួនផលិតផល</translation>
    </message>
</context>
<context>
    <name>WorkRulesDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="222"/>
        <source>Work limits and pay rules</source>
        <translation>ដែនកំណត់ការងារ និងវិធានប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="223"/>
        <source>&amp;Save the rules</source>
        <translation>រក្សាទុកវិធាន (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="227"/>
        <source>Every save of the work register is checked against these limits. A change applies to work recorded from now on; the reason is kept in the audit log.</source>
        <translation>រាល់ការរក្សាទុកបញ្ជីការងារប្រចាំថ្ងៃ ត្រូវបានពិនិត្យតាមដែនកំណត់ទាំងនេះ។ ការផ្លាស់ប្ដូរអនុវត្តចំពោះការងារដែលកត់ត្រាចាប់ពីពេលនេះតទៅ ហើយមូលហេតុត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="237"/>
        <source>why the rules change</source>
        <translation>មូលហេតុដែលវិធានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="238"/>
        <source>Hours a &amp;day, at most</source>
        <translation>ម៉ោងក្នុងមួយថ្ងៃ យ៉ាងច្រើន (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="239"/>
        <source>Hours in any &amp;7 days, at most</source>
        <translation>ម៉ោងក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ យ៉ាងច្រើន (&amp;7)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="240"/>
        <source>&amp;Rest days in any 7 days, at least</source>
        <translation>ថ្ងៃសម្រាកក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ យ៉ាងតិច (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="241"/>
        <source>No work in the first days after arrival (de&amp;tox)</source>
        <translation>គ្មានការងារក្នុងថ្ងៃដំបូងក្រោយពេលមកដល់ (ការផ្ដាច់គ្រឿងញៀន) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="243"/>
        <source>&amp;Adult age (younger: education only)</source>
        <translation>អាយុពេញវ័យ (ក្មេងជាងនេះ៖ ការអប់រំប៉ុណ្ណោះ) (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="244"/>
        <source>Share of pay saved &amp;for release</source>
        <translation>ចំណែកប្រាក់ឈ្នួលដែលសន្សំទុកសម្រាប់ពេលដោះលែង (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="245"/>
        <source>R&amp;eason</source>
        <translation>មូលហេតុ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="115"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="116"/>
        <source>Latin name</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="117"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="118"/>
        <source>Point</source>
        <translation>ដំណាក់កាលតាមដាន</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="119"/>
        <source>Due</source>
        <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="120"/>
        <source>Window closes</source>
        <translation>ចន្លោះពេលបិទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="121"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="122"/>
        <source>Attempts</source>
        <translation>ការប៉ុនប៉ងទាក់ទង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="123"/>
        <source>Last attempt</source>
        <translation>ការប៉ុនប៉ងទាក់ទងចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="124"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="125"/>
        <source>Next of kin</source>
        <translation>សាច់ញាតិដែលត្រូវទាក់ទង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/release/models.py" line="126"/>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="69"/>
        <source>Change workshop</source>
        <translation>កែប្រែថ្នាក់វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="70"/>
        <source>New workshop</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈថ្មី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="71"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="71"/>
        <source>&amp;Add workshop</source>
        <translation>បន្ថែមថ្នាក់វិជ្ជាជីវៈ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="74"/>
        <source>Every change is kept in the audit log with its reason.</source>
        <translation>ការផ្លាស់ប្ដូរនីមួយៗត្រូវរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម ជាមួយមូលហេតុរបស់វា។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="106"/>
        <source>needs a health screen saying fit for manual work</source>
        <translation>ត្រូវការការពិនិត្យសុខភាពដែលបញ្ជាក់ថាសមស្របសម្រាប់ការងារដោយដៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="107"/>
        <source>education (open to people under 18)</source>
        <translation>ការអប់រំ (បើកសម្រាប់អ្នកអាយុក្រោម ១៨ ឆ្នាំ)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="108"/>
        <source>open (takes people)</source>
        <translation>បើក (ទទួលមនុស្ស)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="113"/>
        <source>why the workshop changes</source>
        <translation>មូលហេតុដែលថ្នាក់វិជ្ជាជីវៈផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="114"/>
        <source>Name in &amp;Khmer</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="115"/>
        <source>Name in &amp;English</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="116"/>
        <source>K&amp;ind</source>
        <translation>ប្រភេទ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="117"/>
        <source>&amp;Trainer</source>
        <translation>គ្រូបង្គោល (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="118"/>
        <source>&amp;Places</source>
        <translation>ចំនួនកន្លែង (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="119"/>
        <source>Days</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="120"/>
        <source>&amp;Sessions a day</source>
        <translation>វគ្គក្នុងមួយថ្ងៃ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="121"/>
        <source>&amp;Hours a session</source>
        <translation>ម៉ោងក្នុងមួយវគ្គ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="122"/>
        <source>&amp;Length in weeks</source>
        <translation>រយៈពេលគិតជាសប្ដាហ៍ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="123"/>
        <source>Hours for a &amp;certificate</source>
        <translation>ម៉ោងសម្រាប់វិញ្ញាបនបត្រ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="124"/>
        <source>Certificate &amp;issuer</source>
        <translation>អ្នកចេញវិញ្ញាបនបត្រ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="125"/>
        <source>Pa&amp;y</source>
        <translation>ប្រាក់ឈ្នួល (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="126"/>
        <source>&amp;Weeks in treatment first</source>
        <translation>ចំនួនសប្ដាហ៍ព្យាបាលជាមុន (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="130"/>
        <source>&amp;Rate from today</source>
        <translation>អត្រាចាប់ពីថ្ងៃនេះ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/dialogs.py" line="135"/>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>WorkshopPeopleModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="74"/>
        <source>Case no.</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="75"/>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="76"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="77"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="78"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="79"/>
        <source>Applied</source>
        <translation>ថ្ងៃដាក់ពាក្យ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="80"/>
        <source>Started</source>
        <translation>ថ្ងៃចាប់ផ្ដើម</translation>
    </message>
</context>
<context>
    <name>WorkshopsModel</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="42"/>
        <source>Workshop</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="43"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="44"/>
        <source>Trainer</source>
        <translation>គ្រូបង្គោល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="45"/>
        <source>Places taken</source>
        <translation>កន្លែងមានមនុស្ស</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="46"/>
        <source>Waiting</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="47"/>
        <source>Schedule</source>
        <translation>កាលវិភាគ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="48"/>
        <source>Pay</source>
        <translation>ប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/models.py" line="49"/>
        <source>Certificate after</source>
        <translation>វិញ្ញាបនបត្របន្ទាប់ពី</translation>
    </message>
</context>
<context>
    <name>WorkshopsPart</name>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="112"/>
        <source>Enter: open the person&apos;s record.</source>
        <translation>Enter៖ បើកកំណត់ត្រារបស់បុគ្គល។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="116"/>
        <source>&amp;New workshop…</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈថ្មី… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="118"/>
        <source>&amp;Change…</source>
        <translation>កែប្រែ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="120"/>
        <source>New &amp;rate…</source>
        <translation>អត្រាថ្មី… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="122"/>
        <source>Work &amp;limits…</source>
        <translation>ដែនកំណត់ការងារ (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="156"/>
        <source>Workshops: %1 · holding a place: %2 · waiting: %3</source>
        <translation>ថ្នាក់វិជ្ជាជីវៈ %1 · អ្នកមានកន្លែង %2 នាក់ · កំពុងរង់ចាំ %3 នាក់</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/vocational/page.py" line="180"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 holding a place of %3 · %4 waiting, in the order they applied</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;៖ មានកន្លែង %2 នាក់ ក្នុងចំណោម %3 · កំពុងរង់ចាំ %4 នាក់ តាមលំដាប់នៃការដាក់ពាក្យ</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../rehabdesk/ui/kit/write_dialog.py" line="101"/>
        <source>Kept with the change and in the audit log.</source>
        <translation>រក្សាទុកជាមួយការផ្លាស់ប្ដូរ និងក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/write_dialog.py" line="107"/>
        <source>needed when the date is before today</source>
        <translation>ចាំបាច់នៅពេលកាលបរិច្ឆេទមុនថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../../rehabdesk/ui/kit/write_dialog.py" line="109"/>
        <source>Why the change is recorded late; kept with the change and in the audit log.</source>
        <translation>ហេតុអ្វីការផ្លាស់ប្ដូរត្រូវបានកត់ត្រាយឺត។ រក្សាទុកជាមួយការផ្លាស់ប្ដូរ និងក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
</context>
</TS>
