"""Sentences about the database, encryption, backups, users, sign-in, permissions and
centre settings (db, services.platform, domain.permissions, domain.settings,
domain.lockout).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``. A command the user types (``rehabdesk db encrypt``) is
a parameter: it is the same in both languages.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Opening the database file (db.schema, services.platform.database).
    "platform.database_missing": (
        "{path} does not exist; check the path, or set up a new centre there with "
        "`{command}` (or the first-run window of the desktop application).",
        "{path} មិនមានទេ។ សូមពិនិត្យផ្លូវឯកសារ ឬរៀបចំមជ្ឈមណ្ឌលថ្មីនៅទីនោះដោយប្រើ "
        "`{command}` (ឬផ្ទាំងរៀបចំលើកដំបូងនៃកម្មវិធីលើកុំព្យូទ័រ)។"),
    "platform.database_is_folder": (
        "{path} is a folder, not a database file; choose a file.",
        "{path} ជាថតឯកសារ មិនមែនជាឯកសារមូលដ្ឋានទិន្នន័យទេ។ សូមជ្រើសឯកសារមួយ។"),
    "platform.database_cannot_open": (
        "{path} cannot be opened ({reason}); check its permissions.",
        "មិនអាចបើក {path} បានទេ ({reason})។ សូមពិនិត្យសិទ្ធិចូលប្រើឯកសារនេះ។"),
    "platform.database_cannot_read": (
        "{path} cannot be read ({reason}). The file was not changed.",
        "មិនអាចអាន {path} បានទេ ({reason})។ ឯកសារមិនត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "platform.database_not_rehabdesk": (
        "{path} is an SQLite database, but not a RehabDesk one; choose the centre's "
        "database file.",
        "{path} ជាមូលដ្ឋានទិន្នន័យ SQLite ប៉ុន្តែមិនមែនរបស់ RehabDesk ទេ។ "
        "សូមជ្រើសឯកសារមូលដ្ឋានទិន្នន័យរបស់មជ្ឈមណ្ឌល។"),
    "platform.database_not_recognised": (
        "{path} is not a RehabDesk database (it is not an SQLite file, or it is damaged, "
        "or it is encrypted and its key file is missing); choose the centre's database "
        "file or restore a backup. The file was not changed.",
        "{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ RehabDesk ទេ (វាមិនមែនជាឯកសារ SQLite ឬវាខូច "
        "ឬវាត្រូវបានអ៊ិនគ្រីប ហើយបាត់ឯកសារសោរបស់វា)។ សូមជ្រើសឯកសារមូលដ្ឋានទិន្នន័យ"
        "របស់មជ្ឈមណ្ឌល ឬស្ដារច្បាប់បម្រុងទុកមួយ។ ឯកសារមិនត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "platform.database_newer_schema": (
        "{path} was written by a newer version of RehabDesk (schema {revision}); install "
        "the newer version to open it. The file was not changed.",
        "{path} ត្រូវបានសរសេរដោយកំណែ RehabDesk ថ្មីជាងនេះ (គ្រោងទិន្នន័យ {revision})។ "
        "សូមដំឡើងកំណែថ្មីនោះ ដើម្បីបើកវា។ ឯកសារមិនត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "platform.database_needs_upgrade": (
        "{path} needs an upgrade (schema {revision}); open it once with RehabDesk or run "
        "`{command}` first.",
        "{path} ត្រូវការធ្វើបច្ចុប្បន្នភាព (គ្រោងទិន្នន័យ {revision})។ សូមបើកវាម្ដងជាមួយ "
        "RehabDesk ឬដំណើរការ `{command}` ជាមុនសិន។"),
    "platform.database_in_use": (
        "{path} is in use by another program; close that program (or wait for it to "
        "finish) and try again. The file was not changed.",
        "{path} កំពុងត្រូវបានប្រើដោយកម្មវិធីផ្សេង។ សូមបិទកម្មវិធីនោះ (ឬរង់ចាំវាបញ្ចប់) "
        "ហើយព្យាយាមម្ដងទៀត។ ឯកសារមិនត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "platform.database_is_encrypted": (
        "{path} is encrypted; sign in with your user name and password to open it.",
        "{path} ត្រូវបានអ៊ិនគ្រីប។ សូមចូលប្រើដោយឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់របស់អ្នក "
        "ដើម្បីបើកវា។"),
    "platform.database_plain_beside_key_file": (
        "{path} is not encrypted, but a key file lies beside it; move the key file away, "
        "or encrypt the database with `{command}`.",
        "{path} មិនទាន់អ៊ិនគ្រីបទេ ប៉ុន្តែមានឯកសារសោនៅក្បែរវា។ សូមផ្លាស់ទីឯកសារសោចេញ "
        "ឬអ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យដោយប្រើ `{command}`។"),
    "platform.database_key_does_not_open": (
        "The key file beside {path} does not open it (the file is damaged, or the key "
        "file belongs to another database); restore a backup with its key file. The file "
        "was not changed.",
        "ឯកសារសោនៅក្បែរ {path} មិនអាចបើកវាបានទេ (ឯកសារខូច ឬឯកសារសោជារបស់"
        "មូលដ្ឋានទិន្នន័យផ្សេង)។ សូមស្ដារច្បាប់បម្រុងទុកមួយ រួមជាមួយឯកសារសោរបស់វា។ "
        "ឯកសារមិនត្រូវបានផ្លាស់ប្ដូរទេ។"),
    # One writer at a time (db.writer_lock, services.platform.write_turns).
    "platform.database_held": (
        "The database is open for writing by {user} on {host} ({program}, process {pid}, "
        "since {since}); close RehabDesk there first, then try again.",
        "មូលដ្ឋានទិន្នន័យកំពុងបើកសម្រាប់សរសេរដោយ {user} នៅលើ {host} ({program} "
        "ដំណើរការលេខ {pid} តាំងពី {since})។ សូមបិទ RehabDesk នៅទីនោះជាមុនសិន "
        "រួចព្យាយាមម្ដងទៀត។"),
    "platform.database_held_elsewhere": (
        "The database is open for writing in another RehabDesk; close RehabDesk there "
        "first, then try again.",
        "មូលដ្ឋានទិន្នន័យកំពុងបើកសម្រាប់សរសេរនៅក្នុង RehabDesk មួយផ្សេងទៀត។ "
        "សូមបិទ RehabDesk នៅទីនោះជាមុនសិន រួចព្យាយាមម្ដងទៀត។"),
    "platform.database_read_only": (
        "This database was opened for reading only; close and reopen it to make changes.",
        "មូលដ្ឋានទិន្នន័យនេះត្រូវបានបើកសម្រាប់តែអានប៉ុណ្ណោះ។ សូមបិទ ហើយបើកវាឡើងវិញ "
        "ដើម្បីធ្វើការផ្លាស់ប្ដូរ។"),
    "platform.database_busy": (
        "The database is busy with another task (for example re-evaluating everyone "
        "after a policy change); nothing was saved. Wait a few seconds and try again.",
        "មូលដ្ឋានទិន្នន័យកំពុងរវល់ជាមួយកិច្ចការផ្សេង (ឧទាហរណ៍ ការវាយតម្លៃមនុស្សគ្រប់គ្នា"
        "ឡើងវិញ ក្រោយការផ្លាស់ប្ដូរគោលការណ៍)។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ "
        "សូមរង់ចាំពីរបីវិនាទី ហើយព្យាយាមម្ដងទៀត។"),
    # A full or read-only disk (db.storage_faults).
    "platform.disk_full": (
        "The disk is full, so nothing was saved and what was saved before is unchanged. "
        "Free some space (move old backups to the backup drive, empty the recycle bin) "
        "and try again.",
        "ឌីសពេញហើយ ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ ហើយអ្វីដែលបានរក្សាទុកពីមុន"
        "នៅដដែល។ សូមបង្កើតទំហំទំនេរ (ផ្លាស់ទីច្បាប់បម្រុងទុកចាស់ៗទៅដ្រាយបម្រុងទុក "
        "សម្អាតធុងសំរាម) ហើយព្យាយាមម្ដងទៀត។"),
    "platform.disk_full_at": (
        "The disk holding {place} is full, so nothing was saved and what was saved "
        "before is unchanged. Free some space (move old backups to the backup drive, "
        "empty the recycle bin) and try again.",
        "ឌីសដែលផ្ទុក {place} ពេញហើយ ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ ហើយអ្វីដែល"
        "បានរក្សាទុកពីមុននៅដដែល។ សូមបង្កើតទំហំទំនេរ (ផ្លាស់ទីច្បាប់បម្រុងទុកចាស់ៗ"
        "ទៅដ្រាយបម្រុងទុក សម្អាតធុងសំរាម) ហើយព្យាយាមម្ដងទៀត។"),
    "platform.database_not_writable": (
        "The database cannot be written: the disk or folder is read-only, or your "
        "account on this computer may not change it. Nothing was saved. Copy the database "
        "to a writable folder, or ask the administrator for write permission, and try "
        "again.",
        "មិនអាចសរសេរមូលដ្ឋានទិន្នន័យបានទេ៖ ឌីស ឬថតឯកសារនេះសម្រាប់តែអាន ឬគណនី"
        "របស់អ្នកនៅលើកុំព្យូទ័រនេះមិនអាចផ្លាស់ប្ដូរវាបានទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ "
        "សូមចម្លងមូលដ្ឋានទិន្នន័យទៅថតឯកសារដែលអាចសរសេរបាន ឬសុំសិទ្ធិសរសេរពី"
        "អ្នកគ្រប់គ្រងប្រព័ន្ធ ហើយព្យាយាមម្ដងទៀត។"),
    "platform.place_not_writable": (
        "{place} cannot be written: the disk or folder is read-only, or your account on "
        "this computer may not change it. Nothing was saved. Copy the database to a "
        "writable folder, or ask the administrator for write permission, and try again.",
        "មិនអាចសរសេរ {place} បានទេ៖ ឌីស ឬថតឯកសារនេះសម្រាប់តែអាន ឬគណនីរបស់អ្នក"
        "នៅលើកុំព្យូទ័រនេះមិនអាចផ្លាស់ប្ដូរវាបានទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ "
        "សូមចម្លងមូលដ្ឋានទិន្នន័យទៅថតឯកសារដែលអាចសរសេរបាន ឬសុំសិទ្ធិសរសេរពី"
        "អ្នកគ្រប់គ្រងប្រព័ន្ធ ហើយព្យាយាមម្ដងទៀត។"),
    # Migrations (db.migrate).
    "platform.upgrade_broke_references": (
        "The upgrade left {count:broken reference|broken references}; restore the backup "
        "taken before the upgrade and report this to support.",
        "ការធ្វើបច្ចុប្បន្នភាពបានបន្សល់ទុកការយោងខូច {count}។ សូមស្ដារច្បាប់បម្រុងទុក"
        "ដែលបានធ្វើមុនការធ្វើបច្ចុប្បន្នភាព ហើយរាយការណ៍រឿងនេះទៅផ្នែកគាំទ្រ។"),
    # Copies of the database file (db.schema).
    "platform.copy_exists": (
        "{path} already exists; choose another file name.",
        "{path} មានរួចហើយ។ សូមជ្រើសឈ្មោះឯកសារផ្សេង។"),
    "platform.encrypted_copy_exists": (
        "{path} already exists; move it away and try again.",
        "{path} មានរួចហើយ។ សូមផ្លាស់ទីវាចេញ ហើយព្យាយាមម្ដងទៀត។"),
    "platform.encrypted_copy_failed_check": (
        "The encrypted copy of {path} failed its check ({problem}); nothing was changed. "
        "Report this to support.",
        "ច្បាប់ចម្លងដែលបានអ៊ិនគ្រីបនៃ {path} មិនឆ្លងកាត់ការត្រួតពិនិត្យទេ ({problem})។ "
        "គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមរាយការណ៍រឿងនេះទៅផ្នែកគាំទ្រ។"),
    # The key file (db.key_file) and encryption (services.platform.encryption).
    "platform.key_file_missing": (
        "The key file {path} is missing; copy it back from the backup folder (each backup "
        "has its key file beside it).",
        "ឯកសារសោ {path} បាត់។ សូមចម្លងវាមកវិញពីថតបម្រុងទុក (ច្បាប់បម្រុងទុកនីមួយៗ"
        "មានឯកសារសោរបស់វានៅក្បែរ)។"),
    "platform.key_file_unreadable": (
        "The key file {path} cannot be read ({reason}); copy it back from the backup "
        "folder (each backup has its key file beside it).",
        "មិនអាចអានឯកសារសោ {path} បានទេ ({reason})។ សូមចម្លងវាមកវិញពីថតបម្រុងទុក "
        "(ច្បាប់បម្រុងទុកនីមួយៗមានឯកសារសោរបស់វានៅក្បែរ)។"),
    "platform.key_file_damaged": (
        "The key file {path} is damaged; copy it back from the backup folder (each backup "
        "has its key file beside it).",
        "ឯកសារសោ {path} ខូច។ សូមចម្លងវាមកវិញពីថតបម្រុងទុក (ច្បាប់បម្រុងទុកនីមួយៗ"
        "មានឯកសារសោរបស់វានៅក្បែរ)។"),
    "platform.not_a_key_file": (
        "{path} is not a RehabDesk key file; copy the right one back from the backup "
        "folder.",
        "{path} មិនមែនជាឯកសារសោរបស់ RehabDesk ទេ។ សូមចម្លងឯកសារត្រឹមត្រូវមកវិញ"
        "ពីថតបម្រុងទុក។"),
    "platform.key_file_exists": (
        "{path} already exists; choose a new file for a new centre.",
        "{path} មានរួចហើយ។ សូមជ្រើសឯកសារថ្មីសម្រាប់មជ្ឈមណ្ឌលថ្មី។"),
    "platform.key_copy_damaged": (
        "The key file's copy of the database key for {username} is damaged, so no "
        "password can open it; this was not counted as a wrong password. To repair it, "
        "{spare}, or ask an administrator to set a new password for {username}.",
        "ច្បាប់ចម្លងកូនសោមូលដ្ឋានទិន្នន័យសម្រាប់ {username} ក្នុងឯកសារសោបានខូច "
        "ដូច្នេះគ្មានពាក្យសម្ងាត់ណាអាចបើកវាបានទេ។ នេះមិនត្រូវបានរាប់ជាពាក្យសម្ងាត់ខុសទេ។ "
        "ដើម្បីជួសជុលវា សូម{spare} ឬសុំឱ្យអ្នកគ្រប់គ្រងប្រព័ន្ធកំណត់ពាក្យសម្ងាត់ថ្មី"
        "សម្រាប់ {username}។"),
    "platform.recovery_copy_damaged": (
        "The key file's copy of the database key for the recovery key is damaged, so no "
        "password can open it; this was not counted as a wrong password. To repair it, "
        "{spare}, or have an administrator print a new recovery sheet.",
        "ច្បាប់ចម្លងកូនសោមូលដ្ឋានទិន្នន័យសម្រាប់កូនសោសង្គ្រោះ ក្នុងឯកសារសោបានខូច "
        "ដូច្នេះគ្មានពាក្យសម្ងាត់ណាអាចបើកវាបានទេ។ នេះមិនត្រូវបានរាប់ជាពាក្យសម្ងាត់ខុសទេ។ "
        "ដើម្បីជួសជុលវា សូម{spare} ឬឱ្យអ្នកគ្រប់គ្រងប្រព័ន្ធបោះពុម្ពសន្លឹកសង្គ្រោះថ្មី។"),
    # … what repairs it (a clause inside the two sentences above):
    "platform.spare_key_file_of_newest_backup": (
        "copy {backup_key_file}, kept with the newest backup, over {key_file} (it holds "
        "the passwords of that day)",
        "ចម្លង {backup_key_file} ដែលរក្សាទុកជាមួយច្បាប់បម្រុងទុកថ្មីបំផុត មកជំនួស "
        "{key_file} (វាផ្ទុកពាក្យសម្ងាត់នៃថ្ងៃនោះ)"),
    "platform.spare_key_file_of_a_backup": (
        "copy the key file kept with a backup over {key_file}",
        "ចម្លងឯកសារសោដែលរក្សាទុកជាមួយច្បាប់បម្រុងទុកណាមួយ មកជំនួស {key_file}"),
    "platform.not_encrypted_no_recovery_key": (
        "This database is not encrypted, so it has no recovery key; encrypt it first "
        "with `{command}`.",
        "មូលដ្ឋានទិន្នន័យនេះមិនទាន់អ៊ិនគ្រីបទេ ដូច្នេះវាគ្មានកូនសោសង្គ្រោះទេ។ "
        "សូមអ៊ិនគ្រីបវាជាមុនសិនដោយប្រើ `{command}`។"),
    "platform.wrong_recovery_key": (
        "That is not this centre's recovery key; check the 48 letters and digits on the "
        "newest recovery sheet.",
        "នោះមិនមែនជាកូនសោសង្គ្រោះរបស់មជ្ឈមណ្ឌលនេះទេ។ សូមពិនិត្យអក្សរ និងលេខទាំង ៤៨ "
        "នៅលើសន្លឹកសង្គ្រោះថ្មីបំផុត។"),
    "platform.recover_only_administrators": (
        "{username} is not an administrator; recover an administrator, who can then help "
        "the others.",
        "{username} មិនមែនជាអ្នកគ្រប់គ្រងប្រព័ន្ធទេ។ សូមសង្គ្រោះគណនីអ្នកគ្រប់គ្រងប្រព័ន្ធ "
        "ដែលអាចជួយអ្នកផ្សេងទៀតបន្ទាប់មក។"),
    "platform.already_encrypted": (
        "{path} is already encrypted; nothing was changed.",
        "{path} ត្រូវបានអ៊ិនគ្រីបរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "platform.encrypt_not_a_database": (
        "{path} is not a RehabDesk database; check the path.",
        "{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ RehabDesk ទេ។ សូមពិនិត្យផ្លូវឯកសារ។"),
    # Backups and restores (services.platform.backup, services.platform.maintenance).
    "platform.in_memory_no_backup": (
        "This database lives in memory: there is no file to back up.",
        "មូលដ្ឋានទិន្នន័យនេះស្ថិតនៅក្នុងអង្គចងចាំ៖ គ្មានឯកសារសម្រាប់បម្រុងទុកទេ។"),
    "platform.in_memory_no_copy": (
        "This database lives in memory: there is no file to copy.",
        "មូលដ្ឋានទិន្នន័យនេះស្ថិតនៅក្នុងអង្គចងចាំ៖ គ្មានឯកសារសម្រាប់ចម្លងទេ។"),
    "platform.backup_drive_not_a_folder": (
        "{folder} is not a folder that exists; plug the drive in and choose a folder on "
        "it.",
        "{folder} មិនមែនជាថតឯកសារដែលមានទេ។ សូមដោតដ្រាយ ហើយជ្រើសថតឯកសារមួយនៅលើវា។"),
    "platform.backup_source_missing": (
        "{path} does not exist; check the path.",
        "{path} មិនមានទេ។ សូមពិនិត្យផ្លូវឯកសារ។"),
    "platform.not_a_backup": (
        "{path} is not a RehabDesk backup; choose another file.",
        "{path} មិនមែនជាច្បាប់បម្រុងទុករបស់ RehabDesk ទេ។ សូមជ្រើសឯកសារផ្សេង។"),
    "platform.backup_of_another_centre": (
        "{path} is not a RehabDesk backup of this centre; choose another file.",
        "{path} មិនមែនជាច្បាប់បម្រុងទុក RehabDesk របស់មជ្ឈមណ្ឌលនេះទេ។ "
        "សូមជ្រើសឯកសារផ្សេង។"),
    "platform.backup_encrypted_elsewhere": (
        "{path} is encrypted; restore it into the encrypted centre database it belongs "
        "to, signed in there.",
        "{path} ត្រូវបានអ៊ិនគ្រីប។ សូមស្ដារវាទៅក្នុងមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប"
        "របស់មជ្ឈមណ្ឌលដែលវាជាកម្មសិទ្ធិ ដោយចូលប្រើនៅទីនោះ។"),
    "platform.backup_damaged": (
        "{path} is damaged ({problem}); choose an older backup. Nothing was changed.",
        "{path} ខូច ({problem})។ សូមជ្រើសច្បាប់បម្រុងទុកចាស់ជាងនេះ។ "
        "គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    # … and why a backup has no copy on the removable drive (not an error: the backup counts).
    "platform.backup_drive_not_connected": (
        "The backup drive ({drive}) is not connected, so this backup is only in the backup "
        "folder; plug the drive in and press Back up now.",
        "ដ្រាយបម្រុងទុក ({drive}) មិនបានភ្ជាប់ទេ ដូច្នេះការបម្រុងទុកនេះមានតែនៅក្នុង"
        "ថតបម្រុងទុកប៉ុណ្ណោះ។ សូមដោតដ្រាយ ហើយចុច «បម្រុងទុកឥឡូវនេះ»។"),
    "platform.backup_drive_copy_failed": (
        "Copying to the backup drive ({drive}) failed: {reason}.",
        "ការចម្លងទៅដ្រាយបម្រុងទុក ({drive}) មិនបានសម្រេចទេ៖ {reason}។"),
    # Users, passwords and signing in (services.platform.auth, domain.lockout).
    "platform.sign_in_refused": (
        "Wrong user name or password, or the account is locked for "
        "{minutes:minute|minutes} after {tries} wrong passwords; check both and try again "
        "later, or ask an administrator.",
        "ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ ឬគណនីត្រូវបានចាក់សោរយៈពេល {minutes} "
        "នាទី ក្រោយពាក្យសម្ងាត់ខុស {tries} ដង។ សូមពិនិត្យទាំងពីរ ហើយព្យាយាមម្ដងទៀត"
        "ពេលក្រោយ ឬសុំជំនួយពីអ្នកគ្រប់គ្រងប្រព័ន្ធ។"),
    "platform.only_administrators_add_users": (
        "Only an administrator may add users; sign in as one.",
        "មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេ ដែលអាចបន្ថែមអ្នកប្រើបាន។ "
        "សូមចូលប្រើជាអ្នកគ្រប់គ្រងប្រព័ន្ធ។"),
    "platform.user_needs_names": (
        "Give the user a user name and a full name.",
        "សូមផ្ដល់ឈ្មោះអ្នកប្រើ និងឈ្មោះពេញដល់អ្នកប្រើ។"),
    "platform.user_name_taken": (
        "The user name '{username}' is taken; choose another.",
        "ឈ្មោះអ្នកប្រើ '{username}' មានគេប្រើហើយ។ សូមជ្រើសឈ្មោះផ្សេង។"),
    "platform.no_such_user": (
        "There is no user '{username}'; check the name.",
        "គ្មានអ្នកប្រើ '{username}' ទេ។ សូមពិនិត្យឈ្មោះ។"),
    "platform.password_too_short": (
        "The password must be at least {length:character|characters} long; a short "
        "sentence is easy to remember and hard to guess.",
        "ពាក្យសម្ងាត់ត្រូវមានយ៉ាងតិច {length} តួអក្សរ។ ប្រយោគខ្លីមួយងាយចងចាំ "
        "និងពិបាកទាយ។"),
    "platform.password_too_easy": (
        "That password is too easy to guess; choose another one.",
        "ពាក្យសម្ងាត់នោះងាយទាយពេក។ សូមជ្រើសពាក្យសម្ងាត់ផ្សេង។"),
    # Permissions (domain.permissions): who may not do what, and who may.
    "platform.refused_one_role": (
        "Signed in as {role:role}, you may not {doing}; only someone signed in as "
        "{allowed:role} may. Ask one of them.",
        "ក្នុងនាមជា {role:role} អ្នកមិនអាច{doing}បានទេ។ មានតែអ្នកដែលចូលប្រើជា "
        "{allowed:role} ប៉ុណ្ណោះដែលអាចធ្វើបាន។ សូមសុំជំនួយពីម្នាក់ក្នុងចំណោមពួកគេ។"),
    "platform.refused_roles": (
        "Signed in as {role:role}, you may not {doing}; only these roles may: "
        "{allowed:role}. Ask someone with one of them.",
        "ក្នុងនាមជា {role:role} អ្នកមិនអាច{doing}បានទេ។ មានតែតួនាទីទាំងនេះប៉ុណ្ណោះ"
        "ដែលអាចធ្វើបាន៖ {allowed:role}។ សូមសុំជំនួយពីអ្នកដែលមានតួនាទីណាមួយ"
        "ក្នុងចំណោមនេះ។"),
    # … what each action lets a user do (the {doing} of the two sentences above):
    "platform.doing.view_register": ("see the register", "មើលបញ្ជីឈ្មោះ"),
    "platform.doing.register_arrival": ("register arrivals", "ចុះឈ្មោះអ្នកមកដល់"),
    "platform.doing.edit_identity": (
        "correct a person's identity", "កែតម្រូវអត្តសញ្ញាណរបស់បុគ្គល"),
    "platform.doing.import_transfer_list": ("import transfer lists", "នាំចូលបញ្ជីផ្ទេរ"),
    "platform.doing.record_legal": (
        "record court cases, verdicts and sentences",
        "កត់ត្រាសំណុំរឿងតុលាការ សាលក្រម និងទោស"),
    "platform.doing.record_screening": ("record screenings", "កត់ត្រាការពិនិត្យ"),
    "platform.doing.view_health": ("see the health screen", "មើលការពិនិត្យសុខភាព"),
    "platform.doing.record_health": ("record the health screen", "កត់ត្រាការពិនិត្យសុខភាព"),
    "platform.doing.record_consent": (
        "record consent to treatment", "កត់ត្រាការយល់ព្រមលើការព្យាបាល"),
    "platform.doing.evaluate_eligibility": ("evaluate eligibility", "វាយតម្លៃលក្ខណៈសម្បត្តិ"),
    "platform.doing.override_eligibility": (
        "override an eligibility rule", "លើកលែងលក្ខខណ្ឌមួយនៃលក្ខណៈសម្បត្តិ"),
    "platform.doing.merge_persons": ("merge two records", "បញ្ចូលកំណត់ត្រាពីរចូលគ្នា"),
    "platform.doing.manage_enrolment": (
        "refer, enrol or discharge people, or take roll calls",
        "បញ្ជូន ចុះឈ្មោះចូលកម្មវិធី ឬឱ្យចេញពីកម្មវិធី ឬហៅឈ្មោះ"),
    "platform.doing.print": ("print forms", "បោះពុម្ពទម្រង់"),
    "platform.doing.export_to_hq": (
        "export to headquarters", "នាំចេញទិន្នន័យទៅទីស្នាក់ការកណ្ដាល"),
    "platform.doing.view_audit": ("read the audit log", "អានកំណត់ហេតុសវនកម្ម"),
    "platform.doing.manage_users": ("manage users", "គ្រប់គ្រងអ្នកប្រើ"),
    "platform.doing.change_policy": (
        "change the eligibility policy", "ផ្លាស់ប្ដូរគោលការណ៍លក្ខណៈសម្បត្តិ"),
    "platform.doing.change_settings": (
        "change the centre's settings", "ផ្លាស់ប្ដូរការកំណត់របស់មជ្ឈមណ្ឌល"),
    "platform.doing.backup_restore": (
        "back up or restore the database", "បម្រុងទុក ឬស្ដារមូលដ្ឋានទិន្នន័យ"),
    # The centre (services.platform.centre).
    "platform.no_centre": (
        "This database has no centre yet; set it up with `{command}` (or try "
        "`{demo_command}`).",
        "មូលដ្ឋានទិន្នន័យនេះមិនទាន់មានមជ្ឈមណ្ឌលនៅឡើយទេ។ សូមរៀបចំវាដោយប្រើ `{command}` "
        "(ឬសាកល្បង `{demo_command}`)។"),
    "platform.centre_exists": (
        "This database already has its centre; nothing was changed.",
        "មូលដ្ឋានទិន្នន័យនេះមានមជ្ឈមណ្ឌលរបស់វារួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "platform.centre_code_invalid": (
        "The centre code '{code}' must be 2 to 8 letters (A–Z), e.g. {example}; it "
        "begins every case number.",
        "កូដមជ្ឈមណ្ឌល '{code}' ត្រូវតែជាអក្សរឡាតាំងធំពី ២ ដល់ ៨ តួ ឧទាហរណ៍ {example}។ "
        "វាជាផ្នែកខាងដើមនៃលេខករណីនីមួយៗ។"),
    "platform.centre_needs_names": (
        "Give the centre's name in Khmer and in English.",
        "សូមផ្ដល់ឈ្មោះមជ្ឈមណ្ឌលជាភាសាខ្មែរ និងជាភាសាអង់គ្លេស។"),
    "platform.province_code_unknown": (
        "'{code}' is not a province code of the gazetteer (01–25); check it.",
        "'{code}' មិនមែនជាកូដខេត្ត/រាជធានីក្នុងបញ្ជីភូមិសាស្ត្រទេ (០១–២៥)។ "
        "សូមពិនិត្យវា។"),
    "platform.capacity_negative": (
        "The capacity cannot be negative; enter the number of beds.",
        "ចំណុះមិនអាចជាចំនួនអវិជ្ជមានបានទេ។ សូមបញ្ចូលចំនួនគ្រែ។"),
    # Centre settings (domain.settings, services.platform.settings).
    "platform.setting.follow_up_window_days": (
        "follow-up window", "រយៈពេលនៃការតាមដាន"),
    "platform.setting.follow_up_lost_after_days": (
        "days before a person counts as lost to follow-up",
        "ចំនួនថ្ងៃមុនពេលបុគ្គលម្នាក់ត្រូវចាត់ទុកថាបាត់ការតាមដាន"),
    "platform.setting.screening_due_days": ("screening deadline", "កាលកំណត់នៃការពិនិត្យ"),
    "platform.setting.screening_repeat_days": (
        "re-screening interval", "រយៈពេលរវាងការពិនិត្យឡើងវិញ"),
    "platform.setting_not_whole_days": (
        "The {setting} must be a whole number of days.",
        "{setting} ត្រូវតែជាចំនួនថ្ងៃគត់។"),
    "platform.setting_days_out_of_range": (
        "The {setting} must be between {minimum} and {maximum:day|days}; {value} is "
        "outside that range.",
        "{setting} ត្រូវតែនៅចន្លោះពី {minimum} ដល់ {maximum} ថ្ងៃ។ {value} "
        "នៅក្រៅចន្លោះនោះ។"),
    "platform.no_such_setting": (
        "There is no setting called '{key}'; the settings are: {known}.",
        "គ្មានការកំណត់ឈ្មោះ '{key}' ទេ។ ការកំណត់ដែលមានគឺ៖ {known}។"),
    "platform.setting.follow_up_months": (
        "follow-up schedule", "កាលវិភាគនៃដំណាក់កាលតាមដាន"),
    "platform.schedule_empty": (
        "The {setting} needs at least one month.",
        "{setting} ត្រូវមានយ៉ាងហោចណាស់មួយខែ។"),
    "platform.schedule_not_whole_months": (
        "The {setting} is whole numbers of months separated by commas, such as 1, 3, 6, 12.",
        "{setting} ត្រូវតែជាចំនួនខែគត់ ដែលបំបែកដោយក្បៀស ដូចជា ១, ៣, ៦, ១២។"),
    "platform.schedule_month_out_of_range": (
        "Each month of the {setting} must be between {minimum} and {maximum}; {value} is "
        "outside that range.",
        "ខែនីមួយៗនៃ{setting} ត្រូវតែនៅចន្លោះពី {minimum} ដល់ {maximum}។ {value} "
        "នៅក្រៅចន្លោះនោះ។"),
    "platform.schedule_not_increasing": (
        "The months of the {setting} must increase: {later} cannot come after {earlier}.",
        "ខែនៃ{setting} ត្រូវតែកើនឡើង៖ {later} មិនអាចមកក្រោយ {earlier} បានទេ។"),
    "platform.setting_change_needs_reason": (
        "Say why the {setting} changes; the reason is audited.",
        "សូមប្រាប់មូលហេតុដែល{setting}ផ្លាស់ប្ដូរ។ មូលហេតុនេះត្រូវបានកត់ត្រាក្នុង"
        "កំណត់ហេតុសវនកម្ម។"),
}
