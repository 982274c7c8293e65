"""Sentences about headquarters' consolidation store: its keys and users, registered
centres, imported bundles, gaps, forks and conflicts (issue #17; rehabdesk.exchange.hq,
services.hq, cli.hq).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the store
    "hq.store_exists": (
        "{place} already holds a headquarters store; nothing was changed.",
        "{place} មានឃ្លាំងទិន្នន័យរបស់ទីស្នាក់ការកណ្ដាលរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "hq.store_missing": (
        "{place} holds no headquarters store. Create it first with hq init.",
        "{place} មិនមានឃ្លាំងទិន្នន័យរបស់ទីស្នាក់ការកណ្ដាលទេ។ "
        "សូមបង្កើតវាជាមុនសិន។"),
    "hq.centre_database": (
        "This is a centre's database, not a headquarters store; headquarters never writes "
        "into a centre's database.",
        "នេះជាមូលដ្ឋានទិន្នន័យរបស់មជ្ឈមណ្ឌល មិនមែនជាឃ្លាំងទិន្នន័យរបស់ទីស្នាក់ការកណ្ដាលទេ។ "
        "ទីស្នាក់ការកណ្ដាលមិនដែលសរសេរចូលមូលដ្ឋានទិន្នន័យរបស់មជ្ឈមណ្ឌលទេ។"),
    "hq.store_key_wrong": (
        "Headquarters' private key could not be opened with this store's key; restore the "
        "store from its backup.",
        "មិនអាចបើកសោឯកជនរបស់ទីស្នាក់ការកណ្ដាលដោយសោនៃឃ្លាំងនេះបានទេ។ "
        "សូមស្ដារឃ្លាំងពីច្បាប់បម្រុងទុករបស់វា។"),
    "hq.not_allowed": (
        "Your headquarters role ({role}) may not do this ({action}).",
        "តួនាទីរបស់អ្នកនៅទីស្នាក់ការកណ្ដាល ({role}) មិនអាចធ្វើការនេះ ({action}) បានទេ។"),
    "hq.needs_store": (
        "Name headquarters' store: give {option} (or set {variable}).",
        "សូមដាក់ឈ្មោះឃ្លាំងទិន្នន័យរបស់ទីស្នាក់ការកណ្ដាល៖ ផ្ដល់ {option} (ឬកំណត់ {variable})។"),
    "hq.register_needs_yes": (
        "Registering a centre needs its fingerprint confirmed; compare it, then give "
        "{option}.",
        "ការចុះបញ្ជីមជ្ឈមណ្ឌលត្រូវការបញ្ជាក់ស្នាមម្រាមដៃរបស់វា។ សូមប្រៀបធៀបវា "
        "បន្ទាប់មកផ្ដល់ {option}។"),
    "hq.not_confirmed": (
        "The fingerprint was not confirmed, so the centre was not registered.",
        "ស្នាមម្រាមដៃមិនត្រូវបានបញ្ជាក់ទេ ដូច្នេះមជ្ឈមណ្ឌលមិនត្រូវបានចុះបញ្ជីទេ។"),
    "hq.user_exists": (
        "There is already a headquarters user {username}.",
        "មានអ្នកប្រើនៅទីស្នាក់ការកណ្ដាលឈ្មោះ {username} រួចហើយ។"),
    # centres
    "hq.centre_unregistered": (
        "Centre {centre} is not registered at headquarters; register its public key "
        "first. Nothing was imported.",
        "មជ្ឈមណ្ឌល {centre} មិនទាន់បានចុះបញ្ជីនៅទីស្នាក់ការកណ្ដាលទេ។ "
        "សូមចុះបញ្ជីសោសាធារណៈរបស់វាជាមុនសិន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។"),
    "hq.centre_registered": (
        "Centre {centre} is already registered; its key is never replaced silently.",
        "មជ្ឈមណ្ឌល {centre} បានចុះបញ្ជីរួចហើយ។ សោរបស់វាមិនដែលត្រូវបានជំនួសដោយស្ងាត់ៗទេ។"),
    "hq.nothing_to_acknowledge": (
        "Nothing of centre {centre} has arrived in order yet, so there is nothing to "
        "acknowledge.",
        "មិនទាន់មានអ្វីពីមជ្ឈមណ្ឌល {centre} មកដល់តាមលំដាប់នៅឡើយទេ "
        "ដូច្នេះគ្មានអ្វីត្រូវបញ្ជាក់ការទទួលទេ។"),
    # bundles
    "hq.bundle_renamed": (
        "{name} holds bundle {expected}: a bundle copied under another name is refused.",
        "{name} ផ្ទុកកញ្ចប់ {expected}៖ កញ្ចប់ដែលបានចម្លងក្រោមឈ្មោះផ្សេងត្រូវបានបដិសេធ។"),
    "hq.bundle_schema_unknown": (
        "The bundle was made by a newer RehabDesk (schema {revision}); update headquarters "
        "first. Nothing was imported.",
        "កញ្ចប់នេះត្រូវបានបង្កើតដោយ RehabDesk ថ្មីជាង (គ្រោង {revision})។ "
        "សូមធ្វើបច្ចុប្បន្នភាពទីស្នាក់ការកណ្ដាលជាមុនសិន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។"),
    "hq.bundle_fork": (
        "Centre {centre} sent bundle {sequence} twice with different contents (a restored "
        "backup?): its rows went to the conflict queue, nothing was overwritten.",
        "មជ្ឈមណ្ឌល {centre} បានផ្ញើកញ្ចប់ {sequence} ពីរដងដែលមានខ្លឹមសារខុសគ្នា "
        "(ការស្ដារច្បាប់បម្រុងទុក?)៖ ជួរដេករបស់វាបានទៅជួររង់ចាំភាពផ្ទុយគ្នា "
        "គ្មានអ្វីត្រូវបានសរសេរជាន់ទេ។"),
    "hq.bundle_gap": (
        "Bundles {missing} of centre {centre} have not arrived yet.",
        "កញ្ចប់ {missing} របស់មជ្ឈមណ្ឌល {centre} មិនទាន់មកដល់នៅឡើយទេ។"),
    "hq.audit_broken": (
        "The audit history of centre {centre} does not hold from entry {entry}: an entry "
        "before it was changed at the centre.",
        "ប្រវត្តិសវនកម្មរបស់មជ្ឈមណ្ឌល {centre} មិនត្រឹមត្រូវចាប់ពីធាតុ {entry}៖ "
        "ធាតុមួយមុនវាត្រូវបានកែប្រែនៅមជ្ឈមណ្ឌល។"),
    "hq.audit_rewritten": (
        "The audit history of centre {centre} was rewritten: entry {entry} came again with "
        "other contents.",
        "ប្រវត្តិសវនកម្មរបស់មជ្ឈមណ្ឌល {centre} ត្រូវបានសរសេរឡើងវិញ៖ "
        "ធាតុ {entry} បានមកម្ដងទៀតដោយខ្លឹមសារផ្សេង។"),
    "hq.audit_truncated": (
        "The audit history of centre {centre} was cut short: entries from {entry} on, "
        "which headquarters received, are gone at the centre.",
        "ប្រវត្តិសវនកម្មរបស់មជ្ឈមណ្ឌល {centre} ត្រូវបានកាត់ខ្លី៖ ធាតុចាប់ពី {entry} "
        "ដែលទីស្នាក់ការកណ្ដាលបានទទួល បាត់នៅមជ្ឈមណ្ឌល។"),
    # rows
    "hq.row_without_uid": (
        "A row of {table} has no valid uid and was rejected.",
        "ជួរដេកមួយនៃ {table} គ្មានលេខសម្គាល់ត្រឹមត្រូវ ហើយត្រូវបានបដិសេធ។"),
    "hq.row_bad_version": (
        "Row {uid} of {table} has no valid version and was rejected.",
        "ជួរដេក {uid} នៃ {table} គ្មានកំណែត្រឹមត្រូវ ហើយត្រូវបានបដិសេធ។"),
    "hq.row_twice": (
        "Row {uid} of {table} appears twice in the bundle; the second was rejected.",
        "ជួរដេក {uid} នៃ {table} មានពីរដងក្នុងកញ្ចប់។ ជួរទីពីរត្រូវបានបដិសេធ។"),
    "hq.row_other_table": (
        "Row {uid} of {table} has the uid of a row of {other} and was rejected.",
        "ជួរដេក {uid} នៃ {table} មានលេខសម្គាល់នៃជួរដេកមួយរបស់ {other} "
        "ហើយត្រូវបានបដិសេធ។"),
    # conflicts
    "hq.conflict_unknown": (
        "There is no open conflict {conflict}.",
        "គ្មានភាពផ្ទុយគ្នាដែលនៅបើក {conflict} ទេ។"),
    "hq.resolution_side": (
        "Keep either held or incoming, not {side}.",
        "សូមរក្សាទុកកំណែដែលមាន ឬកំណែដែលមកដល់ មិនមែន {side} ទេ។"),
    "hq.resolution_needs_reason": (
        "Say why this side is kept; the reason is kept with the decision.",
        "សូមប្រាប់មូលហេតុដែលរក្សាផ្នែកនេះ។ មូលហេតុត្រូវបានរក្សាទុកជាមួយការសម្រេច។"),
    # pairs
    "hq.pair_unknown": (
        "There is no pair {pair} to decide.",
        "គ្មានគូ {pair} សម្រាប់សម្រេចទេ។"),
    # the audit
    "hq.audit_created": (
        "Created the headquarters store; headquarters' key fingerprint {fingerprint}.",
        "បានបង្កើតឃ្លាំងទិន្នន័យរបស់ទីស្នាក់ការកណ្ដាល។ ស្នាមម្រាមដៃសោ {fingerprint}។"),
    "hq.audit_registered": (
        "Registered centre {centre}, key fingerprint {fingerprint}.",
        "បានចុះបញ្ជីមជ្ឈមណ្ឌល {centre} ស្នាមម្រាមដៃសោ {fingerprint}។"),
    "hq.audit_imported": (
        "Imported bundle {sequence} of {centre}: {created} created, {updated} updated, "
        "{unchanged} unchanged, {conflicts} conflicts, {rejected} rejected.",
        "បាននាំចូលកញ្ចប់ {sequence} របស់ {centre}៖ បង្កើត {created} ធ្វើបច្ចុប្បន្នភាព "
        "{updated} មិនផ្លាស់ប្ដូរ {unchanged} ផ្ទុយគ្នា {conflicts} បដិសេធ {rejected}។"),
    "hq.audit_pair_decided": (
        "Decided pair {pair}: {decision}.",
        "បានសម្រេចគូ {pair}៖ {decision}។"),
    "hq.audit_conflict_resolved": (
        "Resolved conflict {conflict}: kept the {side} version ({reason}).",
        "បានដោះស្រាយភាពផ្ទុយគ្នា {conflict}៖ បានរក្សាកំណែ {side} ({reason})។"),
    "hq.audit_signed_in": (
        "Signed in.",
        "បានចូលប្រើ។"),
    "hq.audit_sign_in_refused": (
        "A sign-in was refused.",
        "ការចូលប្រើមួយត្រូវបានបដិសេធ។"),
    "hq.audit_user_added": (
        "Added headquarters user {username} ({role}).",
        "បានបន្ថែមអ្នកប្រើនៅទីស្នាក់ការកណ្ដាល {username} ({role})។"),
    "hq.audit_recovery_sheet": (
        "Made a new recovery key for headquarters' key and printed its sheet (the previous "
        "recovery sheet no longer works).",
        "បានបង្កើតកូនសោសង្គ្រោះថ្មីសម្រាប់សោរបស់ទីស្នាក់ការកណ្ដាល និងបានបោះពុម្ពសន្លឹករបស់វា "
        "(សន្លឹកសង្គ្រោះមុនលែងប្រើបានទៀតហើយ)។"),
    "hq.audit_recovery_key_used": (
        "Used the recovery key to set a new password for {username}.",
        "បានប្រើកូនសោសង្គ្រោះ ដើម្បីកំណត់ពាក្យសម្ងាត់ថ្មីសម្រាប់ {username}។"),
    "hq.wrong_recovery_key": (
        "That is not this store's recovery key; check the 48 letters and digits on the "
        "newest headquarters recovery sheet. Nothing was changed.",
        "នោះមិនមែនជាកូនសោសង្គ្រោះរបស់ឃ្លាំងនេះទេ។ សូមពិនិត្យអក្សរ និងលេខទាំង ៤៨ "
        "នៅលើសន្លឹកសង្គ្រោះថ្មីបំផុតរបស់ទីស្នាក់ការកណ្ដាល។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "hq.recover_only_administrators": (
        "{username} is not a headquarters administrator; the recovery key gives only an "
        "administrator a new password. Nothing was changed.",
        "{username} មិនមែនជាអ្នកគ្រប់គ្រងប្រព័ន្ធនៅទីស្នាក់ការកណ្ដាលទេ។ កូនសោសង្គ្រោះ "
        "ផ្ដល់ពាក្យសម្ងាត់ថ្មីតែដល់អ្នកគ្រប់គ្រងប្រព័ន្ធប៉ុណ្ណោះ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "hq.audit_import_refused": (
        "Refused bundle {name}: {reason}",
        "បានបដិសេធកញ្ចប់ {name}៖ {reason}"),
    "hq.audit_acknowledged": (
        "Acknowledged the bundles of {centre} up to {sequence}.",
        "បានបញ្ជាក់ការទទួលកញ្ចប់របស់ {centre} រហូតដល់ {sequence}។"),
}
