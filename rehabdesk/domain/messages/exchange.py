"""Sentences about the export to headquarters: keys, bundles and acknowledgements
(issue #16; rehabdesk.exchange, services.exchange).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # keys
    "exchange.not_an_hq_key": (
        "This file is not a headquarters key. Ask headquarters for its public key file "
        "again; nothing was changed.",
        "ឯកសារនេះមិនមែនជាសោរបស់ទីស្នាក់ការកណ្ដាលទេ។ សូមស្នើសុំឯកសារសោសាធារណៈពី"
        "ទីស្នាក់ការកណ្ដាលម្ដងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "exchange.not_a_centre_key": (
        "This file is not a centre's public key.",
        "ឯកសារនេះមិនមែនជាសោសាធារណៈរបស់មជ្ឈមណ្ឌលទេ។"),
    "exchange.no_hq_key": (
        "Headquarters' key is not installed yet, so nothing can be exported. An "
        "administrator installs it from the file headquarters sent (exchange trust-hq).",
        "សោរបស់ទីស្នាក់ការកណ្ដាលមិនទាន់បានដំឡើងនៅឡើយទេ ដូច្នេះមិនអាចនាំចេញអ្វីបានទេ។ "
        "អ្នកគ្រប់គ្រងប្រព័ន្ធត្រូវដំឡើងវាពីឯកសារដែលទីស្នាក់ការកណ្ដាលបានផ្ញើមក។"),
    "exchange.file_unreadable": (
        "{name} could not be read; check the name and that the drive is inserted.",
        "មិនអាចអាន {name} បានទេ។ សូមពិនិត្យឈ្មោះ និងថាដ្រាយត្រូវបានដោតហើយ។"),
    # bundles
    "exchange.not_a_bundle": (
        "{name} is not a RehabDesk export bundle.",
        "{name} មិនមែនជាកញ្ចប់នាំចេញរបស់ RehabDesk ទេ។"),
    "exchange.bundle_damaged": (
        "The bundle is damaged or was changed after it was made, so it is refused. Export "
        "again, or copy the bundle again from the centre.",
        "កញ្ចប់នេះខូច ឬត្រូវបានកែប្រែក្រោយពេលបង្កើត ដូច្នេះវាត្រូវបានបដិសេធ។ "
        "សូមនាំចេញម្ដងទៀត ឬចម្លងកញ្ចប់នេះពីមជ្ឈមណ្ឌលម្ដងទៀត។"),
    "exchange.bundle_unreadable": (
        "{name} could not be read: the drive may have been removed. Insert it again and "
        "try again.",
        "មិនអាចអាន {name} បានទេ៖ ដ្រាយប្រហែលជាត្រូវបានដកចេញ។ សូមដោតវាម្ដងទៀត "
        "ហើយព្យាយាមម្ដងទៀត។"),
    "exchange.bundle_for_other_hq": (
        "This bundle was encrypted for another headquarters key, so it cannot be opened "
        "here.",
        "កញ្ចប់នេះត្រូវបានអ៊ិនគ្រីបសម្រាប់សោទីស្នាក់ការកណ្ដាលផ្សេង ដូច្នេះមិនអាចបើកនៅទីនេះបានទេ។"),
    "exchange.drive_gone": (
        "Writing to {place} failed: the drive was removed or stopped answering. Nothing "
        "was exported and nothing at the centre changed; insert the drive and export "
        "again.",
        "ការសរសេរទៅ {place} បានបរាជ័យ៖ ដ្រាយត្រូវបានដកចេញ ឬឈប់ឆ្លើយតប។ គ្មានអ្វី"
        "ត្រូវបាននាំចេញទេ ហើយគ្មានអ្វីនៅមជ្ឈមណ្ឌលបានផ្លាស់ប្ដូរទេ។ សូមដោតដ្រាយ "
        "ហើយនាំចេញម្ដងទៀត។"),
    "exchange.not_a_folder": (
        "{place} is not a folder; choose the drive or folder to export to.",
        "{place} មិនមែនជាថតឯកសារទេ។ សូមជ្រើសរើសដ្រាយ ឬថតឯកសារដែលត្រូវនាំចេញទៅ។"),
    # acknowledgements
    "exchange.not_an_acknowledgement": (
        "This file is not an acknowledgement from headquarters; nothing was changed.",
        "ឯកសារនេះមិនមែនជាការបញ្ជាក់ទទួលពីទីស្នាក់ការកណ្ដាលទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "exchange.acknowledgement_forged": (
        "This acknowledgement is not signed by the installed headquarters key, so it is "
        "refused and nothing was changed.",
        "ការបញ្ជាក់ទទួលនេះមិនត្រូវបានចុះហត្ថលេខាដោយសោទីស្នាក់ការកណ្ដាលដែលបានដំឡើងទេ "
        "ដូច្នេះវាត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "exchange.acknowledgement_for_other_centre": (
        "This acknowledgement is for centre {centre}, not this one; nothing was changed.",
        "ការបញ្ជាក់ទទួលនេះសម្រាប់មជ្ឈមណ្ឌល {centre} មិនមែនមជ្ឈមណ្ឌលនេះទេ។ "
        "គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "exchange.acknowledgement_unknown_bundle": (
        "This acknowledgement names bundle {sequence}, which this centre never made with "
        "that content; nothing was changed.",
        "ការបញ្ជាក់ទទួលនេះនិយាយពីកញ្ចប់ {sequence} ដែលមជ្ឈមណ្ឌលនេះមិនដែលបង្កើតជាមួយ"
        "ខ្លឹមសារនោះទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។"),
    "exchange.setting_acknowledgement_days": (
        "the days without an acknowledgement from headquarters",
        "ចំនួនថ្ងៃគ្មានការបញ្ជាក់ទទួលពីទីស្នាក់ការកណ្ដាល"),
    "exchange.setting_send_photos": (
        "sending people's photos to headquarters",
        "ការផ្ញើរូបថតរបស់មនុស្សទៅទីស្នាក់ការកណ្ដាល"),
    # the data-quality report (services.exchange.quality)
    "exchange.field_birth_date": ("birth date", "ថ្ងៃខែឆ្នាំកំណើត"),
    "exchange.field_national_id": ("national ID number", "លេខអត្តសញ្ញាណប័ណ្ណ"),
    "exchange.field_origin_prison": ("prison of origin", "ពន្ធនាគារដើម"),
    "exchange.field_province": ("home province", "ខេត្ត/រាជធានីស្នាក់នៅ"),
    "exchange.field_kin_name": ("next of kin", "សាច់ញាតិជិតបំផុត"),
    "exchange.field_kin_phone": ("next of kin's phone", "លេខទូរស័ព្ទសាច់ញាតិ"),
    "exchange.field_transferred_from": ("transferred from", "ផ្ទេរមកពី"),
    "exchange.field_transfer_document": ("transfer document", "លិខិតផ្ទេរ"),
    "exchange.quality_release_before_arrival": (
        "{count:stay is|stays are} released before the arrival",
        "ការស្នាក់នៅ {count} ត្រូវបានដោះលែងមុនថ្ងៃមកដល់"),
    "exchange.quality_reached_before_release": (
        "{count:stay has|stays have} a follow-up reached before the release",
        "ការស្នាក់នៅ {count} មានការតាមដានដែលបានទាក់ទងមុនថ្ងៃដោះលែង"),
    "exchange.quality_enrolled_while_ineligible": (
        "{count:person is|people are} enrolled while not eligible, without an override",
        "មនុស្ស {count} នាក់បានចុះឈ្មោះចូលកម្មវិធី ខណៈគ្មានលក្ខណៈសម្បត្តិ ដោយគ្មានការលើកលែង"),
    "exchange.quality_stay_without_decision": (
        "{count:stay has|stays have} no eligibility decision",
        "ការស្នាក់នៅ {count} មិនមានសេចក្ដីសម្រេចលក្ខណៈសម្បត្តិ (ចូលកម្មវិធី)"),
    # what the audit log says
    "exchange.audit_centre_key": (
        "created the centre's signing key (fingerprint {fingerprint})",
        "បានបង្កើតសោចុះហត្ថលេខារបស់មជ្ឈមណ្ឌល (ស្នាមសម្គាល់ {fingerprint})"),
    "exchange.audit_trust_hq": (
        "installed headquarters' key (fingerprint {fingerprint})",
        "បានដំឡើងសោរបស់ទីស្នាក់ការកណ្ដាល (ស្នាមសម្គាល់ {fingerprint})"),
    "exchange.audit_exported": (
        "exported bundle {sequence} to headquarters: {rows:row|rows}",
        "បាននាំចេញកញ្ចប់ {sequence} ទៅទីស្នាក់ការកណ្ដាល៖ {rows} ជួរ"),
    "exchange.audit_acknowledged": (
        "imported headquarters' acknowledgement of bundles up to {sequence}",
        "បាននាំចូលការបញ្ជាក់ទទួលរបស់ទីស្នាក់ការកណ្ដាលសម្រាប់កញ្ចប់រហូតដល់ {sequence}"),
}
