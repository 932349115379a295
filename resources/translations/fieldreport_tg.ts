<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name></name>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="173"/>
        <source>MainWindow</source>
        <comment>Attach to a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldreport/ui/media_actions.py" line="175"/>
        <source>MainWindow</source>
        <comment>Choose the record to attach them to. Chosen photos and files: {count}</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="192"/>
        <source>MainWindow</source>
        <comment>Attached to “{title}”: {count}</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="74"/>
        <source>Photos and files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="77"/>
        <source>Add f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="78"/>
        <source>Add a folde&amp;r…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="79"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="80"/>
        <source>Show the chosen item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="81"/>
        <source>Re&amp;move from this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="83"/>
        <source>The item stays in the vault, under Photos and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="85"/>
        <source>Delete from the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="86"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="88"/>
        <source>No photos or files yet. Add them with the buttons, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="93"/>
        <source>Files are stored encrypted in the vault at once, and attached to this record when you save it. Until then they are listed under Photos and files as not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="101"/>
        <source>Files added here are stored encrypted and attached to this record at once (a new revision). Originals are kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="316"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="91"/>
        <source>Save the provisioning file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="103"/>
        <source>The provisioning file is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="118"/>
        <source>Open the enrollment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="126"/>
        <source>Device {device} asks to join. Its fingerprint is:

{fingerprint}

Approve it only if the device shows exactly the same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="132"/>
        <source>Approve this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="137"/>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="153"/>
        <source>Device {device} approved (certificate {serial}). The certificate is in {path}; give it to the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="168"/>
        <source>Revoke device {device}? Its bundles are refused from now on; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="173"/>
        <source>Revoke this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="187"/>
        <source>Choose bundle files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="197"/>
        <location filename="../../fieldreport/ui/central/actions.py" line="207"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="223"/>
        <source>Importing {number} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="249"/>
        <source>Choose a folder for the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="268"/>
        <source>{count} receipts written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralRecords</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="57"/>
        <source>Kind</source>
        <extracomment>The order (see ``record_search.ORDERS``) a click on each column asks for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="58"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="59"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="60"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="62"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="63"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="156"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="45"/>
        <source>from device {device}, bundle {bundle} (received {received}), custody-log entry {entry} ({hash}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="118"/>
        <source>Choose the central store&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="219"/>
        <source>FieldReport — central store of {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="222"/>
        <source>FieldReport — central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="223"/>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="224"/>
        <source>&amp;Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="225"/>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="226"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="227"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="229"/>
        <source>Lock and quit (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="88"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="89"/>
        <source>Source (who reported it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="39"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="40"/>
        <source>FieldReport met an unexpected problem. What you saved is safe in the vault. If this happens again, please tell your coordinator; the log file holds details without any record content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="286"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="287"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="24"/>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="58"/>
        <source>Delete photo or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="26"/>
        <source>Delete {name} ({type}) from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="31"/>
        <source>This cannot be undone: its encrypted original, thumbnail and caption are destroyed, and it is removed from every record it is attached to. The deletion and the file&apos;s SHA-256 are written in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="41"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="44"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="46"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="48"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="49"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="120"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="121"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="122"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="123"/>
        <source>Bundles imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="124"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="125"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="126"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="129"/>
        <source>&amp;Approve a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="131"/>
        <source>Open an enrollment request, compare its fingerprint, save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="133"/>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="134"/>
        <source>Write the &amp;provisioning file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="137"/>
        <source>Before approving, compare the fingerprint with the one the device shows on its Sync page. A revoked device&apos;s bundles are refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/empty_hint.py" line="52"/>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="22"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="26"/>
        <source>The vault files are damaged or were altered. Do not save anything; contact your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="32"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="34"/>
        <source>There is no vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="36"/>
        <source>A vault already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="38"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="42"/>
        <source>This record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="44"/>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="46"/>
        <source>Some fields need attention; see the messages beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="51"/>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="52"/>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="57"/>
        <source>Something went wrong (a bug: please report it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="110"/>
        <source>Date is approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="111"/>
        <source>Tick when the witness is not sure of the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="118"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="120"/>
        <source>A draft may be incomplete; a final record must pass every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="124"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="125"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="129"/>
        <source>Related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="130"/>
        <source>For example the incidents a statement describes, or the statement that reports a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="139"/>
        <source>Attached media</source>
        <extracomment>Attached media ids: an envelope field managed by the media panel, not by the form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="149"/>
        <source>Title</source>
        <extracomment>Every envelope field spec (the common fields plus media).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="152"/>
        <source>A short description, without names of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="157"/>
        <source>Date of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="159"/>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="40"/>
        <source>YYYY-MM-DD; YYYY-MM if the day is not known; YYYY if only the year is.</source>
        <extracomment>The date format, explained under every date field whose own help does not already.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="166"/>
        <source>Lasted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="167"/>
        <source>Only if the incident lasted more than one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="170"/>
        <location filename="../../fieldreport/domain/schema.py" line="315"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="174"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="178"/>
        <location filename="../../fieldreport/domain/schema.py" line="353"/>
        <location filename="../../fieldreport/domain/schema.py" line="393"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="182"/>
        <source>Alleged perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="184"/>
        <source>As reported by witnesses; never asserted as fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="189"/>
        <source>Reported counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="190"/>
        <source>Figures as reported, each with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="197"/>
        <source>Witness code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="200"/>
        <source>The pseudonym used everywhere, e.g. W-014. Never the real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="207"/>
        <source>Witness full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="214"/>
        <source>Witness contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="221"/>
        <location filename="../../fieldreport/domain/schema.py" line="364"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="228"/>
        <location filename="../../fieldreport/domain/schema.py" line="375"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="232"/>
        <location filename="../../fieldreport/domain/schema.py" line="386"/>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="236"/>
        <source>Role of the witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="243"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="245"/>
        <source>Without the witness&apos;s consent the statement can only be kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="252"/>
        <source>Consent covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="254"/>
        <location filename="../../fieldreport/domain/schema.py" line="261"/>
        <source>Required when consent is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="259"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="263"/>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="264"/>
        <source>Interview location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="268"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="275"/>
        <source>Interview language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="282"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="288"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="290"/>
        <source>The statement in the witness&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="297"/>
        <source>Type of property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="304"/>
        <source>Owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="311"/>
        <source>Owner contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="319"/>
        <source>Damage level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="326"/>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="330"/>
        <source>Date of the damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="335"/>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="341"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="345"/>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="346"/>
        <source>Livestock lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="350"/>
        <source>Households displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="359"/>
        <source>What happened to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="363"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="368"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="370"/>
        <location filename="../../fieldreport/domain/schema.py" line="377"/>
        <source>Give the age or the age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="382"/>
        <source>Civilian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="387"/>
        <source>Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="389"/>
        <source>Place of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="394"/>
        <source>Injuries, circumstances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="30"/>
        <source>People killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="31"/>
        <source>People injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="32"/>
        <source>People missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="33"/>
        <source>People detained or held hostage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="34"/>
        <source>People displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="35"/>
        <source>Houses burned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="36"/>
        <source>Livestock taken (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="43"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="44"/>
        <source>Number of animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="45"/>
        <source>What happened to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="49"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="50"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="65"/>
        <source>Country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="66"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="67"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="68"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="69"/>
        <source>Address or place description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="70"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="71"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="72"/>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="107"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="262"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="263"/>
        <source>Words from any field, or a record&apos;s id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="264"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="265"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="270"/>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="271"/>
        <source>Draft or final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="272"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="273"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="274"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="275"/>
        <source>Every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="276"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="277"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="278"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="280"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="287"/>
        <source>A date, a month (2021-04) or a year; leave empty for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="288"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="290"/>
        <source>Every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="291"/>
        <source>Every district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="292"/>
        <source>Every settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="298"/>
        <source>&amp;Possible duplicates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="299"/>
        <source>Deleted &amp;too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="302"/>
        <source>Also list records their device deleted: every revision the centre received is kept, and a deletion may have been forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="306"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="150"/>
        <source>{kind} — revision {revision}, saved {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="156"/>
        <source>This revision deleted the record. It still shows what the record held when it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="192"/>
        <source>Records that link to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="220"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="221"/>
        <source>History of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="224"/>
        <source>Every save is kept as a revision. Select a revision to see what it held. Revisions cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="228"/>
        <source>Show as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="229"/>
        <source>The revision exactly as stored, with its field keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="177"/>
        <source>Looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="183"/>
        <source>File {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="186"/>
        <source>{done} of {total} read and encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="192"/>
        <source>Cancelling… the file being read is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="207"/>
        <source>Import cancelled. Files stored before it stopped are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="210"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="211"/>
        <source>Stored, encrypted: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="213"/>
        <source>Already in the vault (not stored twice): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="218"/>
        <source>Refused: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="228"/>
        <source>Files of other types can be kept as generic documents if they are evidence; FieldReport cannot show them, only export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="234"/>
        <source>Importing photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="235"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="236"/>
        <source>&amp;Keep as generic documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="237"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="200"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="200"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="200"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="201"/>
        <source>Import &amp;bundle files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="202"/>
        <source>&amp;Save receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="204"/>
        <source>Write a signed receipt for every bundle imported here, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="208"/>
        <source>Choose bundle files, or drop them here. Each bundle is checked completely before anything is stored; give the receipts back to the devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="212"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="217"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="218"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="219"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="220"/>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="221"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="230"/>
        <source>bundle {sequence} of device {device}: {revisions} record revisions, {media} photos and files, {entries} custody-log entries new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="244"/>
        <source>bundle {sequence} of device {device}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="247"/>
        <source>bundle {sequence} of device {device}: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="251"/>
        <source>device {device} is not approved yet; kept until it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="28"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="29"/>
        <source>The bundle is too large ({size} bytes; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="32"/>
        <source>The bundle is damaged or was altered (its encryption or its contents do not check out); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="37"/>
        <source>The bundle is not addressed to this organisation (it was encrypted to another key), or its header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="42"/>
        <source>The bundle is for another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="43"/>
        <source>The bundle is not signed by device {device}: it was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="47"/>
        <source>Device {device} was revoked on {revoked_at}; its bundles are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="50"/>
        <source>The bundle is not in the expected format; it was refused. Point at this line for the technical detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="55"/>
        <source>The item {item} is missing from the bundle or does not match its manifest: the bundle was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="60"/>
        <source>The custody log in the bundle does not verify: it was altered, or not signed by the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="65"/>
        <source>The items in the bundle do not match its custody log; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="69"/>
        <source>{item} already came from another device or with other content; the bundle was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="74"/>
        <source>ALARM: device {device} sent a change to {item}, which belongs to device {owner}. A device may change only what it created; the bundle was refused and nothing in it was stored. Check device {device}; to move records to another device, hand them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="81"/>
        <source>ALARM: device {device} sent a custody log that contradicts the one imported before. Two different histories exist for one device: its key may have been copied or the device altered. The bundle was refused; keep the file and check the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="88"/>
        <source>The bundle file changed while it was read; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="91"/>
        <source>Quarantine is full for device {device}: the bundle was not kept. Approve the device, or discard what waits for it, then import the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="96"/>
        <source>Bundle {sequence} of device {device} arrived before bundle {missing}; it is kept and will be imported when the missing bundle arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="101"/>
        <source>Bundle {sequence} of device {device} follows a bundle ({previous}…) that has not arrived; it is kept and will be imported when that bundle arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="106"/>
        <source>The bundle carries custody-log entries from {first} on, but this store has the device&apos;s entries only up to {head}; it is kept until the bundle in between arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="112"/>
        <source>Device {device} is not approved yet; the bundle is kept and will be imported when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="117"/>
        <source>Everything in it (custody-log entries {log_from}–{log_to}) came in another bundle; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="95"/>
        <source>Incident</source>
        <extracomment>Maximum length in characters for text types (None: the type&apos;s default). Largest value accepted for an ``int`` (None: no limit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="96"/>
        <source>Witness statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="97"/>
        <source>Damage record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="98"/>
        <source>Person affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="101"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="102"/>
        <source>Witness statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="103"/>
        <source>Damage records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="104"/>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="145"/>
        <source>Link related records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="126"/>
        <source>Add &amp;link…</source>
        <extracomment>Returns the summaries of every record that may be linked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="127"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="129"/>
        <source>Records that link to this one (change them in their own form):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivestockEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="163"/>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="202"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="200"/>
        <source>&amp;Add animals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/location_editor.py" line="188"/>
        <source>Village or town</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="90"/>
        <source>Add photos and files to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="98"/>
        <source>Add a folder (with its subfolders) to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="113"/>
        <source>They are listed under Photos and files, not attached to a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="219"/>
        <source>Taken off their records: {count}. They stay under Photos and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="36"/>
        <source>Delete this record? {kind}: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="140"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="153"/>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="156"/>
        <source>It disappears from the lists. Its earlier revisions stay in the history: Records → Show deleted records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="165"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="168"/>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="160"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="200"/>
        <location filename="../../fieldreport/ui/window.py" line="347"/>
        <source>FieldReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="143"/>
        <source>Discard unsaved forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="145"/>
        <source>Discard what was typed in the forms that were not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="150"/>
        <source>It is deleted from the vault and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="157"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="332"/>
        <source>Records: {total} — incidents: {incidents}, statements: {statements}, damage records: {damage}, people: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="343"/>
        <source>This device: {fingerprint}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="349"/>
        <source>FieldReport — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="355"/>
        <source>Demo vault with fictional records; it is deleted when you quit. Its passphrase, to try locking and unlocking: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaDetails</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="15"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="16"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="17"/>
        <source>Original name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="18"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="19"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="20"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="21"/>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="22"/>
        <source>Position (GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="23"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="24"/>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="99"/>
        <source>No record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="144"/>
        <source>&amp;Open in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="145"/>
        <source>E&amp;xport original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="147"/>
        <source>Writes the file exactly as the device sent it, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="149"/>
        <source>Export &amp;without metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="151"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="159"/>
        <source>The device deleted this file before it was sent: only its description arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="161"/>
        <source>Received {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="167"/>
        <source>Attached to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="169"/>
        <source>Not attached to any record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="162"/>
        <source>Nothing matches.</source>
        <extracomment>``(unattached only, search or None)`` → media items.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="166"/>
        <source>No photos or files yet. Add them with the buttons above, drop files or folders onto this window, or add them from a record&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="172"/>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="173"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="174"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="175"/>
        <source>Not attached to a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="176"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="177"/>
        <source>Name, caption, camera, date (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="178"/>
        <source>Add f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="179"/>
        <source>Add a fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="180"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="181"/>
        <source>Show the chosen item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="182"/>
        <source>&amp;Attach to a record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="184"/>
        <source>Attach the chosen items (Ctrl+click or Shift+click to choose several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="186"/>
        <source>De&amp;tach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="188"/>
        <source>Take the chosen items off their records; they stay in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="190"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="191"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="193"/>
        <source>Files added here are not attached to a record until you attach them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="42"/>
        <source>Its contents are not a supported type (whatever its name ends with). FieldReport keeps photos (JPEG, PNG, HEIC/HEIF, TIFF), audio (WAV, MP3, M4A/AAC, OGG/Opus), video (MP4, MOV) and PDF documents.</source>
        <extracomment>Words in the core&apos;s refusal of a file whose contents are of no supported type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="49"/>
        <source>It is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="51"/>
        <source>The image is damaged or incomplete (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="55"/>
        <source>The image is far larger than any camera makes; it was refused as a possible decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="78"/>
        <source>Recordings cannot be played in FieldReport. Export the original to listen to it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="84"/>
        <source>Videos cannot be played in FieldReport. Export the original to watch it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="89"/>
        <source>Documents cannot be shown in FieldReport. Export the original to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaType</name>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="25"/>
        <source>JPEG photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="26"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="27"/>
        <source>HEIC photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="28"/>
        <source>HEIF photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="29"/>
        <source>TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="30"/>
        <source>WAV recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="31"/>
        <source>MP3 recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="32"/>
        <source>M4A recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="33"/>
        <source>AAC recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="34"/>
        <source>OGG recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="35"/>
        <source>Opus recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="36"/>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="37"/>
        <source>MOV video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="38"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="43"/>
        <source>Other file</source>
        <extracomment>A file of any other type, kept only when the person asks for it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="150"/>
        <source>There is no preview of this photo.</source>
        <extracomment>``{&quot;lat&quot;, &quot;lon&quot;, &quot;precision&quot;}`` → fills the record form&apos;s location.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="181"/>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="238"/>
        <source>Export without metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="240"/>
        <source>Export the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="245"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="260"/>
        <source>Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="286"/>
        <source>The record&apos;s position was set to {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="328"/>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="329"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="330"/>
        <source>Left arrow or Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="331"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="332"/>
        <source>Right arrow or Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="333"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="335"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="337"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="338"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="339"/>
        <source>Fit the picture to the window (0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="251"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="62"/>
        <source>No server address: the organisation&apos;s provisioning file has none. Bundles travel on a USB stick, or set an address if the coordinator gave you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="69"/>
        <source>Server: {url} (set on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="73"/>
        <source>Server: {url} (from the provisioning file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="77"/>
        <source>Sending: {sent} of {total}. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="81"/>
        <source>Syncing with the organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="84"/>
        <source>Offline: the server cannot be reached. Nothing is lost; sync tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="88"/>
        <source>New records wait to be sent; they go in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="90"/>
        <source>Up to date: everything recorded so far has reached the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="99"/>
        <source>Over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="100"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="102"/>
        <source>Send what is new to the organisation&apos;s server and fetch receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="104"/>
        <source>Ser&amp;ver address…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStorePage</name>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="135"/>
        <source>Create the organisation&apos;s central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="138"/>
        <source>The central store keeps the organisation&apos;s keys and everything the devices send, encrypted. Without its passphrase nobody can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="142"/>
        <source>&amp;Create the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="143"/>
        <source>Creating the keys and the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="145"/>
        <source>The central store is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="146"/>
        <source>Enter the passphrase of the central store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="147"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="148"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="149"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="150"/>
        <source>Another &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="151"/>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="152"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="153"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="21"/>
        <source>Too short: use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="37"/>
        <source>Weak: add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="40"/>
        <source>Fair: a few more words make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="43"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="44"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <location filename="../../fieldreport/domain/present.py" line="20"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="29"/>
        <source>Witness</source>
        <extracomment>Headings shown above the fields of each group object.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="30"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="31"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="32"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="34"/>
        <source>Tags, notes and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="35"/>
        <source>Personal data: never shown in lists and left out of anonymised exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="44"/>
        <source>Settlement is required: type the village or town (choose it from the list if it is there).</source>
        <extracomment>A final record&apos;s place needs its settlement: say which part is missing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="306"/>
        <source>Fields that need attention: {count}</source>
        <extracomment>Quiet time after the last change before the form&apos;s content is kept in the vault. Someone who types without such a pause still has it kept this often. The revision the unsaved content was started on (kept across restores).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="377"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="378"/>
        <source>This record has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="379"/>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="432"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="382"/>
        <source>Save them as a draft, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="386"/>
        <source>Save them as a draft, keep them encrypted to restore after the next unlock, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="390"/>
        <source>Keep for &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="391"/>
        <source>Discard &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="392"/>
        <source>Keep &amp;editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="421"/>
        <source>New record: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="424"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="424"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="425"/>
        <source>{kind} — revision {revision}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="431"/>
        <source>* required for a final record. A draft may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="433"/>
        <source>Save as &amp;final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="434"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="442"/>
        <source>Restored: content from {time} that was not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="449"/>
        <source>This record was changed since you started editing; saving will make a new revision on top of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="456"/>
        <source>The record you were editing is no longer there; saving will make a new record with this content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="104"/>
        <source>Add photos and files to the record</source>
        <extracomment>The location a photo&apos;s GPS position fills, per kind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="110"/>
        <source>Add a folder (with its subfolders) to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="122"/>
        <source>They are attached to this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="124"/>
        <source>They will be attached to this record when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="48"/>
        <source>Kind</source>
        <extracomment>The picker&apos;s size: wide enough for a title, a kind and a place side by side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="49"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="50"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="51"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="183"/>
        <source>Choose records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="184"/>
        <source>Filter by kind, title, date or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="185"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="186"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="191"/>
        <source>No record matches the search.</source>
        <extracomment>``(kind, search or None, deleted ones instead)`` → record summaries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="193"/>
        <source>No deleted records here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="196"/>
        <source>No records yet in “{kind}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="198"/>
        <source>Press New (Ctrl+N) to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="203"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="204"/>
        <source>Words from any field (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="205"/>
        <source>Show &amp;deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="207"/>
        <source>List the deleted records instead; their history can still be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="50"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="51"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="52"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="54"/>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="55"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="61"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="62"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="67"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="68"/>
        <source>Not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="138"/>
        <source>Deleted</source>
        <extracomment>The rows are deleted records (shown from &quot;Show deleted&quot;): their status says so.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="166"/>
        <location filename="../../fieldreport/ui/central/record_view.py" line="352"/>
        <source>Select a record to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="218"/>
        <source>Revision {revision} of {count}, saved {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="224"/>
        <source>This revision deleted the record on its device. It still shows what the record held when it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="233"/>
        <source>Photos and files: {count} (Enter or a double click opens one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="237"/>
        <source>No photos or files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="249"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="250"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="251"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="253"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="255"/>
        <source>{sequence}, received {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="262"/>
        <source>Custody-log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="271"/>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="282"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="283"/>
        <source>This record names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="284"/>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="288"/>
        <source>{id} (not received at the centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="292"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="306"/>
        <source>Every revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="309"/>
        <source>Revision {revision}, saved {saved}, {status}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="338"/>
        <source>{revision} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="344"/>
        <source>Re&amp;vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="345"/>
        <source>Show &amp;names and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="347"/>
        <source>Names and contacts are personal data; they stay masked unless you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="349"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="146"/>
        <source>Photos and files</source>
        <extracomment>The navigation row of the photos and files, after the record kinds. The navigation row of the Sync page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="148"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="63"/>
        <source>You have an unsaved form from {time}. Restore it to go on where you left off, or discard it.</source>
        <extracomment>Stronger than the demo banner&apos;s yellow: this one asks for a decision.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="68"/>
        <source>You have %n unsaved forms, the latest from {time}. Restore them to go on where you left off, or discard them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="74"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="75"/>
        <source>Dis&amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="23"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="24"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="26"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="69"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="71"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="72"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionView</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="42"/>
        <source>Other data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="43"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="44"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="46"/>
        <source>changed</source>
        <extracomment>Marks a field whose value differs from the previous revision&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="48"/>
        <source>before:</source>
        <extracomment>Put before the previous revision&apos;s value of a changed field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="144"/>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="167"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="155"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="156"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="157"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="158"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="159"/>
        <source>Lock &amp;automatically after (minutes idle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="160"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="161"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="162"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="163"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="164"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="165"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="104"/>
        <source>Welcome to FieldReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="107"/>
        <source>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that you can remember: without it nobody, not even you, can open the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="112"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="113"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="114"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="115"/>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="117"/>
        <source>The encrypted vault will be kept in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="121"/>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="122"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRecordsPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="149"/>
        <source>{shown} of {total} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="179"/>
        <source>{shown} photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="155"/>
        <source>— the records behind “{figure}”</source>
        <extracomment>Widths that fit the list&apos;s short columns at 1366×768 (titles and places get the rest).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="181"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="182"/>
        <source>Sho&amp;w every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="185"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="186"/>
        <source>Name or caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="187"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="188"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="189"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="82"/>
        <source>This device cannot sync over the network yet: it needs to join an organisation, have its certificate installed and know the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="111"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="112"/>
        <source>The organisation&apos;s sync server (https://…). Leave empty to use the address from the provisioning file{provisioned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="150"/>
        <source>Open the provisioning file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="159"/>
        <source>Save the enrollment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="171"/>
        <source>Joined {org}. The enrollment request is in {path}. Give it to your coordinator and read them this device&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="182"/>
        <source>Open the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="195"/>
        <source>Certificate {serial} installed: the organisation has approved this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="214"/>
        <source>Choose a folder or a removable drive for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="246"/>
        <location filename="../../fieldreport/ui/sync_actions.py" line="257"/>
        <source>Nothing to send yet: the vault holds nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="249"/>
        <source>Nothing to send again: the organisation has confirmed everything this device exported (the last receipt is for bundle {sequence}), and nothing is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="261"/>
        <source>Nothing new to send; bundle {sequence} was received and receipted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="265"/>
        <source>Nothing new since bundle {sequence}, which still waits for its receipt. It was written to {path}. Take that file to the organisation again if it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="271"/>
        <source>Bundle {sequence} written to {path} ({items} items, {size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="280"/>
        <source>It carries everything the organisation has not confirmed yet and replaces the bundles written from {sequence} on: a lost one need not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="286"/>
        <source>This device has no certificate yet: the organisation keeps the bundle until it approves the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="297"/>
        <source>Open the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="310"/>
        <source>The receipt for bundle {sequence} was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="315"/>
        <source>Receipt for bundle {sequence} verified: {records} records are now synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="165"/>
        <source>This device has not joined an organisation. Open the provisioning file your coordinator gave you; then save the enrollment request and hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="172"/>
        <source>Joined {org}; waiting for approval. Read the fingerprint below to the coordinator, then install the certificate they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="179"/>
        <source>Joined {org}, but the organisation has revoked this device (its server said so on {date}): its bundles are refused. Ask the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="185"/>
        <source>Joined {org}; approved (certificate {serial}, {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="200"/>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="204"/>
        <source>Not yet sent — records: {records}; photos and files: {media}; saved changes: {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="216"/>
        <source>Last bundle: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="219"/>
        <source>Last bundle: {sequence}, {date}, receipted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="221"/>
        <source>Last bundle: {sequence}, {date}, receipted. Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="224"/>
        <source>Last bundle: {sequence}, {date}, waiting for its receipt. Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="237"/>
        <source>Last receipt: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="240"/>
        <source>Last receipt: for bundle {sequence}, received {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="246"/>
        <source>Sync with the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="247"/>
        <source>Organisation and this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="248"/>
        <source>Sending records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="249"/>
        <source>&amp;Join an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="251"/>
        <source>Open the provisioning file, then save the enrollment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="253"/>
        <source>Install the &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="255"/>
        <source>This device&apos;s fingerprint (the coordinator compares it before approving):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="257"/>
        <source>E&amp;xport a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="259"/>
        <source>Write what is new, encrypted, to a folder or a removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="261"/>
        <source>&amp;Import a receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="262"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="265"/>
        <source>If a bundle was lost, or its receipt never came: write everything the organisation has not confirmed with a receipt into one new bundle. It replaces the bundles that wait for a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="270"/>
        <source>Writing the encrypted bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="95"/>
        <source>Sync: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="98"/>
        <source>Sync: sending {sent} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="101"/>
        <source>Sync: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="103"/>
        <source>Sync: waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="105"/>
        <source>Sync: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="107"/>
        <source>Sync: needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="114"/>
        <source>The organisation&apos;s server cannot be reached. Records are kept safely in the vault and are sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="118"/>
        <source>Next try in about {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="123"/>
        <source>Sending records to the organisation. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="125"/>
        <source>What you saved goes to the organisation in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="127"/>
        <source>Everything recorded so far has reached the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="19"/>
        <source>The organisation has not approved this device yet. Bundles can travel on a USB stick meanwhile; they are imported once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="24"/>
        <source>The organisation has revoked this device: its bundles are refused. Do not send more from it; ask the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="29"/>
        <source>The server&apos;s certificate is not the organisation&apos;s: someone may be intercepting this connection. Nothing was sent. Do not sync on this network; tell the coordinator. Bundles can travel on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="35"/>
        <source>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address, or tell the coordinator; bundles can travel on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="40"/>
        <source>The server&apos;s receipt for bundle {sequence} did not verify, so it was not installed. The bundle stays on this computer; ask the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="45"/>
        <source>Bundle {sequence} is missing from this computer and the organisation does not have it. Use “Export again everything not yet confirmed” on the Sync page, or ask the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="51"/>
        <source>Bundle {sequence} is held at the organisation until an earlier bundle arrives. Bring the missing one on a USB stick, or use “Export again everything not yet confirmed” on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="57"/>
        <source>Bundle {sequence} waits at the organisation until this device is approved. Nothing needs to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="62"/>
        <source>The organisation refused bundle {sequence}. It stays on this computer; ask the coordinator what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="67"/>
        <source>The server refused the request. Records are safe in the vault; try again later, and tell the coordinator if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="78"/>
        <source>Sync stopped because of an unexpected error. Records are safe in the vault; bundles can still travel on a USB stick. Please tell the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="375"/>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="84"/>
        <source>FieldReport is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="85"/>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="86"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="87"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="88"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="89"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="12"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="13"/>
        <source>Unknown record kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="14"/>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="15"/>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="16"/>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="17"/>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="18"/>
        <source>Expected yes or no (true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="19"/>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="20"/>
        <source>Expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="21"/>
        <source>Too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="22"/>
        <source>Too many items: at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="23"/>
        <source>Contains invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="24"/>
        <source>Not one of the allowed values ({allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="25"/>
        <source>The same value appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="26"/>
        <source>An item of this list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="27"/>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="28"/>
        <source>Must be at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="29"/>
        <source>Not a valid date: use YYYY-MM-DD, or YYYY-MM or YYYY when unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="32"/>
        <source>Dates before {year} are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="33"/>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="34"/>
        <source>Ends before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="35"/>
        <source>The assessment is dated before the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="38"/>
        <source>Use the two-letter ISO country code in capitals, such as KG or TJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="41"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="42"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="43"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="44"/>
        <source>Not a valid record or media id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="45"/>
        <source>A final statement needs the witness&apos;s consent; without it, keep the statement as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="49"/>
        <source>Give the age or the age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="51"/>
        <source>This settlement is not in the gazetteer; check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="54"/>
        <source>The age group does not match the age given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="95"/>
        <source>Caption saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="118"/>
        <source>C&amp;aption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="119"/>
        <source>What it shows, without names of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="120"/>
        <source>&amp;Save caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="121"/>
        <source>&amp;Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="123"/>
        <source>Writes the file exactly as it was imported, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="125"/>
        <source>Export &amp;without metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="127"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="129"/>
        <source>&amp;Use this position for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="131"/>
        <source>Fills the record&apos;s latitude and longitude from the photo&apos;s GPS position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
