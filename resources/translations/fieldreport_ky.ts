<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AlarmsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="39"/>
        <source>Changed another device&apos;s record or file</source>
        <translation>Башка түзмөктүн жазуусун же файлын өзгөрткөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="41"/>
        <source>Sent a custody log that contradicts an earlier one</source>
        <translation>Мурункусуна карама-каршы келген сактоо журналын жөнөткөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="45"/>
        <source>Sent a file whose contents do not match the hash it signed</source>
        <translation>Мазмуну өзү кол койгон хешке дал келбеген файл жөнөткөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="49"/>
        <source>Sent a custody-log entry whose signature does not verify</source>
        <translation>Колтамгасы текшерүүдөн өтпөгөн сактоо журналынын жазуусун жөнөткөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="92"/>
        <source>Alarms</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="95"/>
        <source>An alarm means a device sent what only a copied key or an altered app sends. Once you have looked into it, acknowledge it: who, when and why are signed into the centre&apos;s custody log, and the alarm stays listed.</source>
        <translation>Эскертүү түзмөк көчүрүлгөн ачкыч же өзгөртүлгөн колдонмо гана жөнөтө турган нерсени жөнөткөнүн билдирет. Текшергенден кийин аны тастыктаңыз: ким, качан жана эмне үчүн — борбордун сактоо журналына кол коюлуп жазылат, эскертүү тизмеде калат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="102"/>
        <source>Alarm</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="103"/>
        <source>Raised</source>
        <translation>Качан чыккан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="104"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="105"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="106"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="109"/>
        <source>Acknowledged &amp;by:</source>
        <translation>&amp;Ким кабыл алды:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="110"/>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертме:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="111"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Тастыктоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="136"/>
        <source>Acknowledged by {by} on {at}</source>
        <translation>Кабыл алган: {by}, {at}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="140"/>
        <source>Open</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="191"/>
        <source>Alar&amp;ms…</source>
        <translation>Э&amp;скертүүлөр…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="193"/>
        <source>List the alarms raised on devices and acknowledge them</source>
        <translation>Түзмөктөрдө чыккан эскертүүлөрдү көрсөтүү жана тастыктоо</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="74"/>
        <source>Photos and files ({count})</source>
        <translation>Сүрөттөр жана файлдар ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="77"/>
        <source>Add f&amp;iles…</source>
        <translation>Файлдарды ко&amp;шуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="78"/>
        <source>Add a folde&amp;r…</source>
        <translation>Па&amp;пка кошуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="79"/>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="80"/>
        <source>Show the chosen item (Enter)</source>
        <translation>Тандалган файлды көрсөтүү (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="81"/>
        <source>Re&amp;move from this record</source>
        <translation>Бул жазуудан а&amp;лып салуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="83"/>
        <source>The item stays in the vault, under Photos and files.</source>
        <translation>Файл сактагычта, «Сүрөттөр жана файлдар» бөлүмүндө калат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="85"/>
        <source>Delete from the vault…</source>
        <translation>Сактагычтан өчүрүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="86"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation>Файлды биротоло жок кылат (Delete); муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="88"/>
        <source>No photos or files yet. Add them with the buttons, or drop them here.</source>
        <translation>Азырынча сүрөт же файл жок. Аларды баскычтар менен кошуңуз же ушул жерге сүйрөп келиңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="93"/>
        <source>Files are stored encrypted in the vault at once, and attached to this record when you save it. Until then they are listed under Photos and files as not attached.</source>
        <translation>Файлдар сактагычка дароо шифрленип сакталат жана жазууну сактаганыңызда ага тиркелет. Ага чейин алар «Сүрөттөр жана файлдар» бөлүмүндө тиркелбеген катары турат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="101"/>
        <source>Files added here are stored encrypted and attached to this record at once (a new revision). Originals are kept unchanged.</source>
        <translation>Бул жерге кошулган файлдар дароо шифрленип сакталат жана ушул жазууга тиркелет (жаңы версия түзүлөт). Түп нускалар өзгөрбөйт.</translation>
    </message>
</context>
<context>
    <name>BackupActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/backup_actions.py" line="34"/>
        <source>Save the backup as</source>
        <translation>Камдык көчүрмөнү кайсы файлга сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/backup_actions.py" line="65"/>
        <source>Backup written to {path} ({media} media file(s)). Keep it as carefully as this laptop.</source>
        <translation>Камдык көчүрмө {path} файлына жазылды (медиа файлдар: {media}). Аны ушул ноутбук сыяктуу эле кылдат сактаңыз.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="61"/>
        <source>At least 10 characters, typed the same in both fields.</source>
        <translation>Кеминде 10 символ, эки талаада тең бирдей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="67"/>
        <source>Back up the vault</source>
        <translation>Сактагычтын камдык көчүрмөсү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="70"/>
        <source>The backup holds the whole vault, encrypted. Choose a passphrase for it: it opens the backup (and, once this device has joined, so does the organisation). The restored vault opens with this vault&apos;s passphrase.</source>
        <translation>Камдык көчүрмөдө бүт сактагыч шифрленген түрдө болот. Ал үчүн сырсөз тандаңыз: ал көчүрмөнү ачат (бул түзмөк уюмга кошулгандан кийин уюм да аны ача алат). Калыбына келтирилген сактагыч ушул сактагычтын сырсөзү менен ачылат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="75"/>
        <source>Backup &amp;passphrase:</source>
        <translation>Көчүрмөнүн &amp;сырсөзү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="76"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="77"/>
        <source>&amp;Back up</source>
        <translation>Көчүрмө &amp;жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="78"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="319"/>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
</context>
<context>
    <name>CentralActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="130"/>
        <source>Save the provisioning file</source>
        <translation>Уюмдун жөндөө файлын сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="142"/>
        <source>The provisioning file is in {path}.</source>
        <translation>Уюмдун жөндөө файлы бул жерде: {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="157"/>
        <source>Open the enrollment request</source>
        <translation>Кошулуу өтүнүчүн ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="165"/>
        <source>Device {device} asks to join. Its fingerprint is:

{fingerprint}

Approve it only if the device shows exactly the same fingerprint.</source>
        <translation>{device} түзмөгү кошулууну суранууда. Анын ачкычынын изи:

{fingerprint}

Түзмөк дал ушундай изди көрсөтсө гана бекитиңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="171"/>
        <source>Approve this device?</source>
        <translation>Бул түзмөк бекитилсинби?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="175"/>
        <source>Name this device</source>
        <translation>Түзмөктүн аты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="176"/>
        <source>A name people will see instead of its id, for example “Monitor 3, Leilek” (it may stay empty):</source>
        <translation>Идентификатордун ордуна көрүнө турган ат, мисалы «Монитор 3, Лейлек» (бош калтырса болот):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="186"/>
        <source>Save the certificate</source>
        <translation>Сертификатты сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="198"/>
        <source>Approving the device (waits while a bundle is imported)…</source>
        <translation>Түзмөк бекитилүүдө (пакет импорттолуп бүткүчө күтүү)…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="217"/>
        <source>Device {device} approved (certificate {serial}). The certificate is in {path}; give it to the device.</source>
        <translation>{device} түзмөгү бекитилди ({serial} сертификаты). Сертификат бул жерде: {path}; аны түзмөккө өткөрүп бериңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="256"/>
        <source>Revoke device {device}? Its bundles are refused from now on; this cannot be undone.</source>
        <translation>{device} түзмөгүнүн уруксаты жокко чыгарылсынбы? Мындан ары анын пакеттери кабыл алынбайт; муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="261"/>
        <source>Revoke this device?</source>
        <translation>Бул түзмөктүн уруксаты жокко чыгарылсынбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="265"/>
        <source>Revoking the device (waits while a bundle is imported)…</source>
        <translation>Түзмөк кайтарылып алынууда (пакет импорттолуп бүткүчө күтүү)…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="277"/>
        <source>Choose bundle files</source>
        <translation>Пакет файлдарын тандоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="287"/>
        <location filename="../../fieldreport/ui/central/actions.py" line="297"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="314"/>
        <source>Importing {number} of {total}: {name}</source>
        <translation>Импорттолууда, {total} ичинен {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="340"/>
        <source>Choose a folder for the receipts</source>
        <translation>Тастыктамалар үчүн папка тандоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="359"/>
        <source>Receipts written to {folder}: {count}.</source>
        <translation>{count} тастыктама {folder} папкасына жазылды.</translation>
    </message>
</context>
<context>
    <name>CentralRecords</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="57"/>
        <source>Kind</source>
        <extracomment>The order (see ``record_search.ORDERS``) a click on each column asks for.</extracomment>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="58"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="59"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="60"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="61"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="62"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="63"/>
        <source>Saved</source>
        <translation>Сакталган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="180"/>
        <source>deleted</source>
        <extracomment>The roles ``data()`` answers; Qt asks each cell for a dozen per paint.</extracomment>
        <translation>өчүрүлгөн</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="46"/>
        <source>from device {device}, bundle {bundle} (received {received}), custody-log entry {entry} ({hash}…)</source>
        <translation>{device} түзмөгүнөн, {bundle}-пакет (кабыл алынган: {received}), сактоо журналынын {entry}-жазуусу ({hash}…)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="181"/>
        <source>Choose the central store&apos;s folder</source>
        <translation>Борбордук сактагычтын папкасын тандоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="300"/>
        <source>FieldReport — central store of {org}</source>
        <translation>FieldReport — {org} уюмунун борбордук сактагычы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="303"/>
        <source>FieldReport — central store</source>
        <translation>FieldReport — борбордук сактагыч</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="305"/>
        <source>&amp;Overview</source>
        <translation>Жа&amp;лпы көрүнүш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="307"/>
        <source>D&amp;uplicates</source>
        <translation>Кайтал&amp;оолор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="308"/>
        <source>&amp;Devices</source>
        <translation>&amp;Түзмөктөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="309"/>
        <source>&amp;Import bundles</source>
        <translation>Пакеттерди &amp;импорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="306"/>
        <source>&amp;Records</source>
        <translation>&amp;Жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="312"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="314"/>
        <source>Write the chosen records as CSV, Excel, GeoJSON, KML or HXL</source>
        <translation>Тандалган жазууларды CSV, Excel, GeoJSON, KML же HXL түрүндө сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="316"/>
        <source>Re&amp;port…</source>
        <translation>Ба&amp;яндама…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="317"/>
        <source>Write a situation report (PDF)</source>
        <translation>Кырдаал тууралуу баяндама түзүү (PDF)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="318"/>
        <source>&amp;Lock</source>
        <translation>&amp;Кулпулоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="319"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Азыр кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="320"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="321"/>
        <source>Lock and quit (Ctrl+Q)</source>
        <translation>Кулпулап, чыгуу (Ctrl+Q)</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="88"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="89"/>
        <source>Source (who reported it)</source>
        <translation>Булагы (ким билдирген)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Бир нерсе туура эмес болуп кетти</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="46"/>
        <source>FieldReport met an unexpected problem. What you saved is safe in the vault. If this happens again, please tell your coordinator; the log file holds details without any record content.</source>
        <translation>FieldReport күтүлбөгөн катага туш болду. Сиз сактаган маалыматтар сактагычта коопсуз. Бул кайталанса, координаторуңузга кабарлаңыз; журнал файлында чоо-жайы бар, бирок жазуулардын мазмуну жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="68"/>
        <source>The central database cannot be reached</source>
        <translation>Борбордук маалымат базасына туташуу мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="289"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="290"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
</context>
<context>
    <name>DeleteMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="24"/>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="58"/>
        <source>Delete photo or file</source>
        <translation>Сүрөттү же файлды өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="26"/>
        <source>Delete {name} ({type}) from the vault?</source>
        <translation>{name} ({type}) сактагычтан өчүрүлсүнбү?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="31"/>
        <source>This cannot be undone: its encrypted original, thumbnail and caption are destroyed, and it is removed from every record it is attached to. A signed note of the deletion and of the file&apos;s SHA-256 stays in the vault.</source>
        <translation>Муну артка кайтаруу мүмкүн эмес: шифрленген түп нускасы, кичине сүрөтү жана түшүндүрмөсү жок кылынат, ал тиркелген бардык жазуулардан алынып салынат. Сактагычта өчүрүү жөнүндө кол коюлган белги жана файлдын SHA-256 калат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="41"/>
        <source>&amp;Delete</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="44"/>
        <source>&amp;Keep</source>
        <translation>&amp;Калтыруу</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="46"/>
        <source>Revoked</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="48"/>
        <source>Requested</source>
        <translation>Өтүнүч берилген</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="49"/>
        <source>Approved</source>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="148"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="149"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="150"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="151"/>
        <source>Bundles imported</source>
        <translation>Импорттолгон пакеттер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="152"/>
        <source>Alarms</source>
        <translation>Коркунучтар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="153"/>
        <source>Since</source>
        <translation>Качантан бери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="154"/>
        <source>Fingerprint</source>
        <translation>Ачкычтын изи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="157"/>
        <source>&amp;Approve a request…</source>
        <translation>&amp;Өтүнүчтү бекитүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="159"/>
        <source>Open an enrollment request, compare its fingerprint, save the certificate</source>
        <translation>Кошулуу өтүнүчүн ачуу, ачкычтын изин салыштыруу, сертификатты сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="161"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Уруксатты жокко чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="162"/>
        <source>&amp;Hand its records over…</source>
        <translation>Жазууларын өткөрүп &amp;берүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="165"/>
        <source>Everything this device sent goes on from another approved device (a replaced laptop); signed and logged</source>
        <translation>Бул түзмөк жөнөткөндүн баарын мындан ары башка бекитилген түзмөк жүргүзөт (ноутбук алмаштырылганда); чечимге кол коюлуп, журналга жазылат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="169"/>
        <source>Write the provisioning &amp;file…</source>
        <translation>Уюмдун жөндөө &amp;файлын түзүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="172"/>
        <source>Before approving, compare the fingerprint with the one the device shows on its Sync page. A revoked device&apos;s bundles are refused from then on.</source>
        <translation>Бекитүүдөн мурун ачкычтын изин түзмөктүн «Шайкештирүү» бетинде көрсөтүлгөн из менен салыштырыңыз. Уруксаты жокко чыгарылган түзмөктүн пакеттери мындан ары кабыл алынбайт.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/desk_controller.py" line="187"/>
        <source>No possible duplicates left to review.</source>
        <translation>Текшериле турган кайталоолор калган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/desk_controller.py" line="306"/>
        <source>From {device}, saved {saved}</source>
        <translation>{device} түзмөгүнөн, сакталган: {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="23"/>
        <source>name</source>
        <extracomment>The fields duplicate detection compares, as people read them.</extracomment>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="24"/>
        <source>owner</source>
        <translation>ээси</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="25"/>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="26"/>
        <source>age</source>
        <translation>жашы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="27"/>
        <source>age group</source>
        <translation>жаш тобу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="28"/>
        <source>what happened</source>
        <translation>эмне болгон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="29"/>
        <source>settlement</source>
        <translation>калктуу конуш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="30"/>
        <source>date</source>
        <translation>датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="31"/>
        <source>property type</source>
        <translation>мүлктүн түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="32"/>
        <source>position</source>
        <translation>координаттар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="33"/>
        <source>address</source>
        <translation>дареги</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="34"/>
        <source>damage</source>
        <translation>зыян</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="41"/>
        <source>the same</source>
        <translation>бирдей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="42"/>
        <source>similar</source>
        <translation>окшош</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="43"/>
        <source>different</source>
        <translation>башка</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="44"/>
        <source>not given in both</source>
        <translation>экөөндө тең көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="51"/>
        <source>names {similarity}% alike</source>
        <translation>аттар {similarity}% окшош</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="52"/>
        <source>addresses {similarity}% alike</source>
        <translation>даректер {similarity}% окшош</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="53"/>
        <source>{metres} m apart</source>
        <translation>бири-биринен {metres} м алыс</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="73"/>
        <source>Likelihood {score} %. Compared:</source>
        <translation>Ыктымалдуулук {score} %. Салыштырылды:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="171"/>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="172"/>
        <source>People and property</source>
        <translation>Адамдар жана мүлк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="173"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="174"/>
        <source>Property</source>
        <translation>Мүлк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="175"/>
        <source>Decided pairs &amp;too</source>
        <translation>Чечилген ж&amp;уптар да</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="176"/>
        <source>Decided &amp;by:</source>
        <translation>Ким ч&amp;ечти:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="177"/>
        <source>Kept with every decision, in the centre&apos;s custody log</source>
        <translation>Ар бир чечим менен борбордун сактоо журналында сакталат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="178"/>
        <source>Show &amp;names and contacts</source>
        <translation>Аттарды жана &amp;байланыштарды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="179"/>
        <source>The s&amp;ame</source>
        <translation>Бир&amp;дей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="181"/>
        <source>One person or property: counted once in the figures; both records stay</source>
        <translation>Бир адам же бир мүлк: сандарда бир жолу эсептелет; эки жазуу тең сакталат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="183"/>
        <source>Di&amp;fferent</source>
        <translation>&amp;Ар башка</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="184"/>
        <source>Undo t&amp;he decision</source>
        <translation>Чечимди жокко чы&amp;гаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="185"/>
        <source>Looking for possible duplicates…</source>
        <translation>Мүмкүн болгон кайталоолор изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="188"/>
        <source>Likelihood</source>
        <translation>Ыктымалдуулук</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="189"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="190"/>
        <source>The two records</source>
        <translation>Эки жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="191"/>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="198"/>
        <source>Not reviewed</source>
        <translation>Текшерилген эмес</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="199"/>
        <source>The same</source>
        <translation>Бирдей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="200"/>
        <source>Different</source>
        <translation>Ар башка</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="179"/>
        <source>Duress passphrase</source>
        <translation>Мажбурлоо сырсөзү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="182"/>
        <source>A duress passphrase opens a second vault, the decoy, instead of this one. Open it with the duress passphrase and fill it with harmless records, so that it looks used. Nothing on this laptop&apos;s disk shows whether a duress passphrase is set.</source>
        <translation>Мажбурлоо сырсөзү бул сактагычтын ордуна экинчи сактагычты — алдамчы сактагычты — ачат. Аны мажбурлоо сырсөзү менен ачып, колдонулуп жаткандай көрүнүшү үчүн зыянсыз жазуулар менен толтуруңуз. Ноутбуктун дискиндеги эч нерсе мажбурлоо сырсөзү коюлганын көрсөтпөйт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="189"/>
        <source>No duress passphrase is set.</source>
        <translation>Мажбурлоо сырсөзү коюлган эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="192"/>
        <source>A duress passphrase is set. Using it erases this vault first.</source>
        <translation>Мажбурлоо сырсөзү коюлган. Аны колдонуу адегенде бул сактагычты өчүрөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="195"/>
        <source>A duress passphrase is set. It opens the decoy.</source>
        <translation>Мажбурлоо сырсөзү коюлган. Ал алдамчы сактагычты ачат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="196"/>
        <source>This vault&apos;s &amp;passphrase:</source>
        <translation>Бул сактагычтын &amp;сырсөзү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="197"/>
        <source>&amp;Duress passphrase:</source>
        <translation>&amp;Мажбурлоо сырсөзү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="198"/>
        <source>&amp;Repeat the duress passphrase:</source>
        <translation>Мажбурлоо сырсөзүн &amp;кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="199"/>
        <source>&amp;Erase the real vault when the duress passphrase is used</source>
        <translation>Мажбурлоо сырсөзү колдонулганда чыныгы сактагычты ө&amp;чүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="202"/>
        <source>Then typing the duress passphrase destroys this vault&apos;s key at once, without asking: what the organisation has not confirmed is lost for good.</source>
        <translation>Анда мажбурлоо сырсөзүн терүү бул сактагычтын ачкычын дароо, суроосуз жок кылат: уюм тастыктабаган нерселердин баары биротоло жоголот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="206"/>
        <source>Working on the key slots…</source>
        <translation>Ачкыч уячалары жаңыртылууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="207"/>
        <source>Rep&amp;lace it</source>
        <translation>&amp;Алмаштыруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="207"/>
        <source>&amp;Set it</source>
        <translation>Ко&amp;юу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="208"/>
        <source>Re&amp;move it</source>
        <translation>Алып са&amp;луу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="209"/>
        <source>&amp;Close</source>
        <translation>Жа&amp;буу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="212"/>
        <source>The duress passphrase was set.</source>
        <translation>Мажбурлоо сырсөзү коюлду.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="214"/>
        <source>The duress passphrase was removed.</source>
        <translation>Мажбурлоо сырсөзү алынып салынды.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/empty_hint.py" line="52"/>
        <source>&amp;New record</source>
        <translation>Жаңы жа&amp;зуу</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="65"/>
        <source>ERASE</source>
        <extracomment>Always accepted too, whatever the language: the keyboard may have only Latin letters.</extracomment>
        <translation>ӨЧҮРҮҮ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="81"/>
        <source>The organisation has confirmed every record and file in this vault (receipts): nothing unconfirmed will be lost.</source>
        <translation>Уюм бул сактагычтагы бардык жазууларды жана файлдарды тастыктады (тастыктамалар): тастыкталбаган эч нерсе жоголбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="85"/>
        <source>Never confirmed by the organisation (no receipt): records: {records}, files: {files}. They exist only on this laptop and will be lost for good.</source>
        <translation>Жазуулар: {records}, файлдар: {files} — уюм аларды эч качан тастыктаган эмес (тастыктама жок). Алар ушул ноутбукта гана бар жана биротоло жоголот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="90"/>
        <source>Erase this vault</source>
        <translation>Бул сактагычты өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="93"/>
        <source>Erasing destroys the vault&apos;s key first, then every record, photo, file and unsaved form on this laptop. The app then starts as if newly installed. This cannot be undone.</source>
        <translation>Адегенде сактагычтын ачкычы жок кылынат, андан кийин ушул ноутбуктагы бардык жазуулар, сүрөттөр, файлдар жана сакталбаган формалар. Андан соң колдонмо жаңы орнотулгандай ачылат. Муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="99"/>
        <source>To erase, &amp;type {word}:</source>
        <translation>Өчүрүү үчүн {word} деп &amp;жазыңыз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="100"/>
        <source>&amp;Erase the vault</source>
        <translation>Сактагычты &amp;өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="101"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="22"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Сырсөз туура эмес. Клавиатуранын тилин жана Caps Lock баскычын текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="26"/>
        <source>The vault files are damaged or were altered. Do not save anything; contact your coordinator.</source>
        <translation>Сактагычтын файлдары бузулган же өзгөртүлгөн. Эч нерсе сактабаңыз; координаторуңузга кайрылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="32"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Сактагыч кулпуланган. Адегенде кулпусун ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="34"/>
        <source>There is no vault in this folder.</source>
        <translation>Бул папкада сактагыч жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="36"/>
        <source>A vault already exists in this folder.</source>
        <translation>Бул папкада сактагыч мурунтан эле бар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="38"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск толуп калган; эч нерсе сакталган жок. Орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="42"/>
        <source>This record was removed from this laptop after the organisation confirmed it; only its stub is here and it cannot be changed. The organisation holds it.</source>
        <translation>Бул жазуу уюм тастыктагандан кийин ушул ноутбуктан алынып салынган; бул жерде анын кыскача белгиси гана калды жана аны өзгөртүүгө болбойт. Жазуу уюмда сакталат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="48"/>
        <source>Nothing was saved: this record was saved again (in another window or from the command line) since this form opened it. What you typed is still here: copy what you need, close the form without saving, open the record again and redo the change.</source>
        <translation>Эч нерсе сакталган жок: бул форма ачылгандан кийин бул жазуу кайра сакталган (башка терезеде же буйрук сабынан). Сиз жазгандар азырынча ушул жерде: керектүүсүн көчүрүп алыңыз, форманы сактабай жабыңыз, жазууну кайра ачып, өзгөртүүнү кайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="56"/>
        <source>This record was deleted.</source>
        <translation>Бул жазуу өчүрүлгөн.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="58"/>
        <source>This record no longer exists.</source>
        <translation>Бул жазуу мындан ары жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="60"/>
        <source>Some fields need attention; see the messages beside them.</source>
        <translation>Айрым талааларды текшерүү керек; алардын жанындагы билдирүүлөрдү караңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="65"/>
        <source>The two passphrases do not match.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="66"/>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Сырсөз кеминде 10 символдон турушу керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="72"/>
        <source>The central database cannot be reached: the connection was lost or its server is down. Nothing half-done was kept. Once the database server is back, open another tab or change a filter: the window connects again by itself.</source>
        <translation>Борбордук маалымат базасына туташуу мүмкүн эмес: байланыш үзүлдү же анын сервери токтоп калды. Жарым-жартылай эч нерсе сакталган жок. Маалымат базасынын сервери кайра иштегенде, башка өтмөктү ачыңыз же чыпканы өзгөртүңүз: терезе өзү кайра туташат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="80"/>
        <source>Something went wrong (a bug: please report it). Nothing was changed.</source>
        <translation>Бир нерсе туура эмес болуп кетти (бул программадагы ката — ал тууралуу кабарлаңыз). Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="101"/>
        <source>{share} holds no words.</source>
        <translation>{share} ичинде бир да сөз жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="102"/>
        <source>No share was given.</source>
        <translation>Бир да үлүш берилген жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="103"/>
        <source>{share}: word {position}, &quot;{word}&quot;, is not one of the recovery words; check its spelling against the sheet.</source>
        <translation>{share}: {position}-сөз, «{word}», калыбына келтирүү сөздөрүнүн тизмесинде жок; жазылышын барак менен салыштырыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="108"/>
        <source>{share} has {words} words; a share has 20. Check that no word is missing or doubled.</source>
        <translation>{share} ичинде {words} сөз бар; үлүштө 20 сөз болот. Бир да сөз түшүп калбаганын же кайталанбаганын текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="112"/>
        <source>{share} has a mistyped or swapped word (its checksum does not match); compare each word with the sheet.</source>
        <translation>{share} ичинде ката жазылган же орду алмашкан сөз бар (текшерүү суммасы дал келбейт); ар бир сөздү барак менен салыштырыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="117"/>
        <source>{share} is from a different set of shares than {first}: use shares made together.</source>
        <translation>{share} {first} менен бир топтомдон эмес: бирге түзүлгөн үлүштөрдү колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="121"/>
        <source>{share} and {other} claim to be the same share but differ.</source>
        <translation>{share} жана {other} бир эле үлүш болуп көрүнөт, бирок айырмаланат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="124"/>
        <source>This set needs {needed} different shares to open the vault; {given} given.</source>
        <translation>Сактагычты ачуу үчүн бул топтомдун {needed} түрдүү үлүшү керек; берилгени: {given}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="127"/>
        <source>These shares do not fit together (one was altered).</source>
        <translation>Бул үлүштөр бири-бирине туура келбейт (бирөө өзгөртүлгөн).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="130"/>
        <source>This vault has no recovery shares: none were ever made for it.</source>
        <translation>Бул сактагычтын калыбына келтирүү үлүштөрү жок: ал үчүн эч качан түзүлгөн эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="133"/>
        <source>These shares do not open this vault: they belong to another vault, or to an earlier set of shares for this one (new shares retire the old ones).</source>
        <translation>Бул үлүштөр бул сактагычты ачпайт: алар башка сактагычтыкы же мунун мурунку үлүштөр топтомунуку (жаңы үлүштөр эскилерин жокко чыгарат).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="142"/>
        <source>Nothing was changed.</source>
        <translation>Эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>EscrowBox</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="47"/>
        <source>Withdraw key escrow</source>
        <translation>Ачкычты сактоого берүүнү кайтарып алуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="48"/>
        <source>Stop giving {org} a key to your backups?</source>
        <translation>{org} уюмуна камдык көчүрмөлөрүңүздүн ачкычын берүүнү токтотосузбу?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="51"/>
        <source>Backups you make from now on will open only with your backup passphrase.

Backups you made before now still carry the key: the organisation can open those without your passphrase. Delete them if that matters, and make a new backup.</source>
        <translation>Мындан ары жасаган камдык көчүрмөлөрүңүз камдык көчүрмөнүн сырсөзү менен гана ачылат.

Мурда жасалган камдык көчүрмөлөрдө ачкыч дагы эле бар: уюм аларды сиздин сырсөзүңүзсүз ача алат. Бул маанилүү болсо, аларды өчүрүп, жаңы камдык көчүрмө жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="57"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Кайтарып алуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="58"/>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="90"/>
        <source>Key escrow</source>
        <translation>Ачкычты сактоого берүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="94"/>
        <source>Key escrow withdrawn: backups made from now on carry no key for {org}. Backups made before still carry it.</source>
        <translation>Ачкычты сактоого берүү кайтарылып алынды: мындан ары жасалган камдык көчүрмөлөрдө {org} үчүн ачкыч жок. Мурда жасалгандарда ал дагы эле бар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="101"/>
        <source>As agreed when joining, your backups also carry this vault&apos;s key for {org}.</source>
        <translation>Кошулганда макул болгондой, камдык көчүрмөлөрүңүздө бул сактагычтын {org} үчүн ачкычы да бар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="104"/>
        <source>Wi&amp;thdraw key escrow…</source>
        <translation>Ачкычты сактоого берүүнү &amp;кайтарып алуу…</translation>
    </message>
</context>
<context>
    <name>EscrowQuestion</name>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="21"/>
        <source>Key escrow</source>
        <translation>Ачкычты сактоого берүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="23"/>
        <source>{org} asks to hold a key to this vault&apos;s backups. Agree?</source>
        <translation>{org} бул сактагычтын камдык көчүрмөлөрүнүн ачкычын сактоону суранат. Макулсузбу?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="28"/>
        <source>If you agree, every backup you make also carries this vault&apos;s key, encrypted to the organisation: its coordinator could then open your backups, and read everything in them, without your passphrase (for example if you forget it).

If you do not agree, only your passphrase opens your backups. Nothing is escrowed unless you agree.</source>
        <translation>Макул болсоңуз, сиз жасаган ар бир камдык көчүрмө бул сактагычтын уюм үчүн шифрленген ачкычын да камтыйт: анын координатору сиздин камдык көчүрмөлөрүңүздү сырсөзүңүзсүз ачып, ичиндегинин баарын окуй алат (мисалы, сырсөздү унутуп калсаңыз).

Макул болбосоңуз, камдык көчүрмөлөрүңүздү сиздин сырсөзүңүз гана ачат. Сиз макул болмоюнча ачкыч эч кимге берилбейт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="38"/>
        <source>&amp;Yes, escrow the key</source>
        <translation>&amp;Ооба, ачкычты берүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="71"/>
        <source>Choose where to write the evidence package</source>
        <translation>Далилдер топтомун кайда жазууну тандаңыз</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="81"/>
        <source>Write names and contacts?</source>
        <translation>Аттарды жана байланыштарды жазуу керекпи?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="82"/>
        <source>{folder} will hold the names and contacts of witnesses, people affected and owners, in the clear. Anyone who gets the folder can read them, and the people named may be put at risk. Write them only if the investigator needs them and may have them, and keep the folder safe.</source>
        <translation>{folder} папкасында күбөлөрдүн, жабыр тарткандардын жана ээлердин аттары жана байланыштары ачык жазылат. Папканы алган ар ким аларды окуй алат, жана аталган адамдар коркунучка кабылышы мүмкүн. Аларды тергөөчүгө керек болсо жана ал аларды алууга укуктуу болсо гана жазыңыз, жана папканы коопсуз сактаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="131"/>
        <source>Written to {path}: records {records}, revisions {revisions}, photos and files {media}, from {devices} devices. Organisation fingerprint: {fingerprint}.</source>
        <translation>{path} ичине жазылды: жазуулар {records}, редакциялар {revisions}, сүрөттөр жана файлдар {media}, түзмөктөр: {devices}. Уюмдун манжа изи: {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="144"/>
        <source>Photos with C2PA Content Credentials: {count}, in data/published.</source>
        <translation>C2PA тастыктамалары (Content Credentials) бар сүрөттөр: {count}, data/published ичинде.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="149"/>
        <source>Photos without credentials (see evidence.json): {count}.</source>
        <translation>Тастыктамасыз сүрөттөр (evidence.json караңыз): {count}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="108"/>
        <source>{done} of {total} files written</source>
        <translation>{total} файлдын {done} жазылды</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="112"/>
        <source>Export evidence package</source>
        <translation>Далилдер топтомун экспорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="115"/>
        <source>A folder an investigator can check offline: every revision of the records, the original photos and files bit for bit, each device&apos;s signed custody log, certificates and receipts, signed by the organisation. It is checked with fieldreport-verify or with standard tools (VERIFY.md inside explains how).</source>
        <translation>Тергөөчү интернетсиз текшере ала турган папка: жазуулардын бардык редакциялары, түпнуска сүрөттөр жана файлдар бит-битине чейин, ар бир түзмөктүн кол коюлган сактоо журналы, сертификаттар жана дүмүрчөктөр, уюмдун колу менен. Аны fieldreport-verify же стандарттык куралдар менен текшерет (кантип экенин ичиндеги VERIFY.md түшүндүрөт).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="121"/>
        <source>&amp;Records:</source>
        <translation>&amp;Жазуулар:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="123"/>
        <source>This record</source>
        <translation>Бул жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="124"/>
        <source>The {count} records behind the figure</source>
        <translation>Бул сандын артындагы жазуулар ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="127"/>
        <source>The {count} records selected in the list</source>
        <translation>Тизмеде тандалган жазуулар ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="133"/>
        <source>&amp;Summary language:</source>
        <translation>Кыскача &amp;маалыматтын тили:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="134"/>
        <source>&amp;Include names and contacts (identifying data)</source>
        <translation>Аттарды жана байланыштарды ко&amp;шуу (инсанды аныктоочу маалымат)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="137"/>
        <source>Names and contacts of witnesses, people affected and owners will be written in the clear: anyone who gets the folder can read them. Leave this off unless the investigator needs them and may have them.</source>
        <translation>Күбөлөрдүн, жабыр тарткандардын жана ээлердин аттары жана байланыштары ачык жазылат: папканы алган ар ким аларды окуй алат. Тергөөчүгө керек болбосо же ал аларды алууга укуксуз болсо, муну күйгүзбөңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="142"/>
        <source>&amp;Also photos with C2PA Content Credentials, for publication</source>
        <translation>&amp;Сүрөттөрдү да C2PA тастыктамалары (Content Credentials) менен, жарыялоо үчүн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="145"/>
        <source>A copy of each photo with a C2PA manifest signed by the organisation (capture hash, device, custody entry), which any C2PA reader can check. Unless the box below is ticked, the copy has no metadata (EXIF, GPS position) and the manifest no names or captions.</source>
        <translation>Ар бир сүрөттүн уюм кол койгон C2PA манифести менен көчүрмөсү (тартылган сүрөттүн хеши, түзмөк, сактоо чынжырынын журналындагы жазуу); аны C2PA окуй алган каалаган программа текшере алат. Төмөнкү белги коюлбаса, көчүрмөдө метамаалымат (EXIF, GPS координаттары) болбойт, манифестте аттар жана сүрөт жазуулары болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="152"/>
        <source>This installation has no c2pa-python package; a coordinator installs it with pip to add C2PA Content Credentials.</source>
        <translation>Бул орнотууда c2pa-python пакети жок; C2PA тастыктамаларын кошуу үчүн координатор аны pip менен орнотот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="156"/>
        <source>&amp;Choose the folder and start…</source>
        <translation>Папканы тандап, &amp;баштоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="157"/>
        <source>&amp;Cancel</source>
        <translation>Жокко ч&amp;ыгаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="157"/>
        <source>C&amp;lose</source>
        <translation>Жаб&amp;уу</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="135"/>
        <source>Situation report</source>
        <translation>Кырдаал тууралуу баяндама</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="138"/>
        <source>A PDF for observers and partners: the figures with their ranges, a chart per breakdown, the incidents, and the records behind every figure.</source>
        <translation>Байкоочулар жана өнөктөштөр үчүн PDF: сандар жана алардын аралыктары, ар бир бөлүштүрүү боюнча диаграмма, окуялар жана ар бир сандын негизиндеги жазуулар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="146"/>
        <source>Export records</source>
        <translation>Жазууларды экспорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="149"/>
        <source>The records chosen, for spreadsheets (CSV, Excel), maps (GeoJSON, KML) and humanitarian tools (HXL).</source>
        <translation>Тандалган жазуулар — таблицалар (CSV, Excel), карталар (GeoJSON, KML) жана гуманитардык куралдар (HXL) үчүн.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="153"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="155"/>
        <source>CSV (UTF-8), for any spreadsheet</source>
        <translation>CSV (UTF-8), каалаган таблица үчүн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="156"/>
        <source>Excel workbook, a sheet per kind</source>
        <translation>Excel китеби, ар бир түргө бир барак</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="157"/>
        <source>GeoJSON, for QGIS and web maps</source>
        <translation>GeoJSON, QGIS жана веб-карталар үчүн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="158"/>
        <source>KML, for Google Earth</source>
        <translation>KML, Google Earth үчүн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="159"/>
        <source>HXL-tagged CSV, for HDX tools</source>
        <translation>HXL тегдери бар CSV, HDX куралдары үчүн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="163"/>
        <source>&amp;Records:</source>
        <translation>&amp;Жазуулар:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="164"/>
        <source>Every kind</source>
        <translation>Бардык түрлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="169"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;Аягы:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="171"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Облус:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="172"/>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="173"/>
        <source>&amp;Settlement:</source>
        <translation>&amp;Калктуу конуш:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="175"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty for any</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА же ЖЖЖЖ; бош — каалаган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="177"/>
        <source>Any</source>
        <translation>Каалаган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="178"/>
        <source>&amp;Include names and contacts (identifying data)</source>
        <translation>Аттарды жана байланыштарды ко&amp;шуу (инсанды аныктоочу маалымат)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="181"/>
        <source>Names and contacts of witnesses, people affected and owners will be written in the clear: anyone who gets the file can read them. Leave this off unless the recipient needs them and may have them.</source>
        <translation>Күбөлөрдүн, жабыркагандардын жана ээлердин аттары жана байланыштары ачык жазылат: файлды алган ар ким аларды окуй алат. Алуучуга керек болбосо же ага берүүгө болбосо, күйгүзбөңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="186"/>
        <source>&amp;Choose the file and start…</source>
        <translation>Файлды тан&amp;дап, баштоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="187"/>
        <source>&amp;Cancel</source>
        <translation>Жокко ч&amp;ыгаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="187"/>
        <source>C&amp;lose</source>
        <translation>Жаб&amp;уу</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="67"/>
        <source>Save the report</source>
        <translation>Баяндаманы сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="72"/>
        <source>Save the export</source>
        <translation>Экспортту сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="79"/>
        <source>Write names and contacts?</source>
        <translation>Аттарды жана байланыштарды жазуу керекпи?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="80"/>
        <source>{file} will hold the names and contacts of witnesses, people affected and owners, in the clear. Anyone who gets the file can read them, and the people named may be put at risk. Write them only if the recipient needs them and may have them, and keep the file safe.</source>
        <translation>{file} файлында күбөлөрдүн, жабыркагандардын жана ээлердин аттары жана байланыштары ачык сакталат. Файлды алган ар ким аларды окуй алат, аталган адамдар коркунучта калышы мүмкүн. Алуучуга керек болсо жана ага берүүгө болсо гана жазыңыз, файлды коопсуз сактаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="112"/>
        <source>Stopped before it began; nothing was written.</source>
        <translation>Башталганга чейин токтотулду; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="149"/>
        <source>{done} of {total}</source>
        <translation>{total} ичинен {done}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="158"/>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="163"/>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="209"/>
        <source>Written to {path}.</source>
        <translation>{path} ичине жазылды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="190"/>
        <source>Export without metadata</source>
        <translation>Метамаалыматсыз экспорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="192"/>
        <source>Export the original</source>
        <translation>Түп нусканы экспорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="197"/>
        <source>Exporting…</source>
        <translation>Экспорттолууда…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="110"/>
        <source>Date is approximate</source>
        <translation>Датасы болжолдуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="111"/>
        <source>Tick when the witness is not sure of the date.</source>
        <translation>Күбө датаны так билбесе, белгилеңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="118"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="120"/>
        <source>A draft may be incomplete; a final record must pass every check.</source>
        <translation>Долбоор толук эмес болушу мүмкүн; акыркы нуска бардык текшерүүлөрдөн өтүшү керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="124"/>
        <source>Tags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="125"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="129"/>
        <source>Related records</source>
        <translation>Байланышкан жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="130"/>
        <source>For example the incidents a statement describes, or the statement that reports a person.</source>
        <translation>Мисалы, көрсөтмөдө сүрөттөлгөн окуялар же адам тууралуу кабарлаган көрсөтмө.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="139"/>
        <source>Attached media</source>
        <extracomment>Attached media ids: an envelope field managed by the media panel, not by the form.</extracomment>
        <translation>Тиркелген файлдар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="149"/>
        <source>Title</source>
        <extracomment>Every envelope field spec (the common fields plus media).</extracomment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="152"/>
        <source>A short description, without names of people.</source>
        <translation>Кыскача сүрөттөмө, адамдардын атын жазбаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="157"/>
        <source>Date of the incident</source>
        <translation>Окуянын датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="159"/>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="40"/>
        <source>YYYY-MM-DD; YYYY-MM if the day is not known; YYYY if only the year is.</source>
        <extracomment>The date format, explained under every date field whose own help does not already.</extracomment>
        <translation>ЖЖЖЖ-АА-КК; күнү белгисиз болсо ЖЖЖЖ-АА; жылы гана белгилүү болсо ЖЖЖЖ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="166"/>
        <source>Lasted until</source>
        <translation>Аяктаган датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="167"/>
        <source>Only if the incident lasted more than one day.</source>
        <translation>Окуя бир күндөн ашык созулса гана.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="170"/>
        <location filename="../../fieldreport/domain/schema.py" line="315"/>
        <source>Location</source>
        <translation>Жайгашкан жери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="174"/>
        <source>Categories</source>
        <translation>Категориялар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="178"/>
        <location filename="../../fieldreport/domain/schema.py" line="353"/>
        <location filename="../../fieldreport/domain/schema.py" line="393"/>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="182"/>
        <source>Alleged perpetrators</source>
        <translation>Болжолдонгон күнөөлүүлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="184"/>
        <source>As reported by witnesses; never asserted as fact.</source>
        <translation>Күбөлөрдүн айтуусу боюнча; факт катары ырасталбайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="189"/>
        <source>Reported counts</source>
        <translation>Билдирилген сандар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="190"/>
        <source>Figures as reported, each with its source.</source>
        <translation>Сандар билдирилгендей жазылат, ар биринин булагы көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="197"/>
        <source>Witness code</source>
        <translation>Күбөнүн коду</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="200"/>
        <source>The pseudonym used everywhere, e.g. W-014. Never the real name.</source>
        <translation>Бардык жерде колдонулган псевдоним, мис. W-014. Чыныгы аты эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="207"/>
        <source>Witness full name</source>
        <translation>Күбөнүн толук аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="214"/>
        <source>Witness contact</source>
        <translation>Күбөнүн байланышы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="221"/>
        <location filename="../../fieldreport/domain/schema.py" line="364"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="228"/>
        <location filename="../../fieldreport/domain/schema.py" line="375"/>
        <source>Age group</source>
        <translation>Курак тобу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="232"/>
        <location filename="../../fieldreport/domain/schema.py" line="386"/>
        <source>Place of residence</source>
        <translation>Жашаган жери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="236"/>
        <source>Role of the witness</source>
        <translation>Күбөнүн ролу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="243"/>
        <source>Consent given</source>
        <translation>Макулдук берилген</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="245"/>
        <source>Without the witness&apos;s consent the statement can only be kept as a draft.</source>
        <translation>Күбөнүн макулдугусуз көрсөтмөнү долбоор катары гана сактоого болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="252"/>
        <source>Consent covers</source>
        <translation>Макулдук эмнени камтыйт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="254"/>
        <location filename="../../fieldreport/domain/schema.py" line="261"/>
        <source>Required when consent is given.</source>
        <translation>Макулдук берилген болсо, милдеттүү.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="259"/>
        <source>How consent was given</source>
        <translation>Макулдук кантип берилген</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="263"/>
        <source>Interview date</source>
        <translation>Маектин датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="264"/>
        <source>Interview location</source>
        <translation>Маек өткөн жер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="268"/>
        <source>Interviewer</source>
        <translation>Маекти жүргүзгөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="275"/>
        <source>Interview language</source>
        <translation>Маектин тили</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="282"/>
        <source>Interpreter</source>
        <translation>Котормочу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="288"/>
        <source>Statement</source>
        <translation>Көрсөтмөнүн тексти</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="290"/>
        <source>The statement in the witness&apos;s own words.</source>
        <translation>Күбөнүн өз сөзү менен берилген көрсөтмө.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="297"/>
        <source>Type of property</source>
        <translation>Мүлктүн түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="304"/>
        <source>Owner name</source>
        <translation>Ээсинин аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="311"/>
        <source>Owner contact</source>
        <translation>Ээсинин байланышы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="319"/>
        <source>Damage level</source>
        <translation>Зыяндын деңгээли</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="326"/>
        <source>Causes</source>
        <translation>Себептери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="330"/>
        <source>Date of the damage</source>
        <translation>Зыян келтирилген дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="335"/>
        <source>Date of the assessment</source>
        <translation>Баалоо датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="341"/>
        <source>Assessor</source>
        <translation>Баалоочу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="345"/>
        <source>Estimated cost</source>
        <translation>Болжолдуу наркы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="346"/>
        <source>Livestock lost</source>
        <translation>Жоготулган мал</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="350"/>
        <source>Households displaced</source>
        <translation>Көчүрүлгөн үй чарбалары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="359"/>
        <source>What happened to the person</source>
        <translation>Адамга эмне болгон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="363"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="368"/>
        <source>Age</source>
        <translation>Жашы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="370"/>
        <location filename="../../fieldreport/domain/schema.py" line="377"/>
        <source>Give the age or the age group.</source>
        <translation>Жашын же курак тобун көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="382"/>
        <source>Civilian</source>
        <translation>Тынч тургун</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="387"/>
        <source>Date of the event</source>
        <translation>Окуянын датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="389"/>
        <source>Place of the event</source>
        <translation>Окуя болгон жер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="394"/>
        <source>Injuries, circumstances.</source>
        <translation>Жаракаттар, жагдайлар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="30"/>
        <source>People killed</source>
        <translation>Каза болгондор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="31"/>
        <source>People injured</source>
        <translation>Жарадарлар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="32"/>
        <source>People missing</source>
        <translation>Дайынсыз жоголгондор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="33"/>
        <source>People detained or held hostage</source>
        <translation>Кармалгандар же барымтага алынгандар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="34"/>
        <source>People displaced</source>
        <translation>Мажбурлап көчүрүлгөндөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="35"/>
        <source>Houses burned</source>
        <translation>Өрттөлгөн үйлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="36"/>
        <source>Livestock taken (head)</source>
        <translation>Айдалып кетилген мал (баш)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="43"/>
        <source>Species</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="44"/>
        <source>Number of animals</source>
        <translation>Баш саны</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="45"/>
        <source>What happened to them</source>
        <translation>Аларга эмне болгон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="49"/>
        <source>Amount</source>
        <translation>Суммасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="50"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="65"/>
        <source>Country (ISO code)</source>
        <translation>Өлкө (ISO коду)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="66"/>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="67"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="68"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="69"/>
        <source>Address or place description</source>
        <translation>Дареги же жердин сүрөттөлүшү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="70"/>
        <source>Latitude</source>
        <translation>Кеңдик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="71"/>
        <source>Longitude</source>
        <translation>Узундук</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="72"/>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="107"/>
        <source>Precision</source>
        <translation>Тактыгы</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="275"/>
        <source>&amp;Search:</source>
        <translation>Из&amp;дөө:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="276"/>
        <source>Words from any field, or a record&apos;s id (Ctrl+F)</source>
        <translation>Каалаган талаадагы сөздөр же жазуунун идентификатору (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="277"/>
        <source>S&amp;how:</source>
        <translation>Көрсөт&amp;үү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="278"/>
        <source>All records</source>
        <translation>Бардык жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="283"/>
        <source>Photos and files</source>
        <translation>Сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="284"/>
        <source>Draft or final</source>
        <translation>Долбоор же акыркы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="285"/>
        <source>Drafts</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="286"/>
        <source>Final</source>
        <translation>Акыркылар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="287"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="288"/>
        <source>Every device</source>
        <translation>Бардык түзмөктөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="289"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="290"/>
        <source>&amp;From:</source>
        <translation>Мөө&amp;нөт:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="291"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="293"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="300"/>
        <source>A date, a month (2021-04) or a year; leave empty for any</source>
        <translation>Күн, ай (2021-04) же жыл; бош калса — каалаган дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="301"/>
        <source>&amp;Area:</source>
        <translation>&amp;Аймак:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="303"/>
        <source>Every region</source>
        <translation>Бардык облустар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="304"/>
        <source>Every district</source>
        <translation>Бардык райондор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="305"/>
        <source>Every settlement</source>
        <translation>Бардык калктуу конуштар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="311"/>
        <source>Possible duplicat&amp;es only</source>
        <translation>Кайталанышы &amp;мүмкүн болгондор гана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="313"/>
        <source>Records in a pair that may be one person or property, not yet reviewed</source>
        <translation>Бир адам же бир мүлк болушу мүмкүн болгон, азырынча текшерилбеген жуптардагы жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="315"/>
        <source>Deleted &amp;too</source>
        <translation>&amp;Өчүрүлгөндөр да</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="318"/>
        <source>Also list records their device deleted: every revision the centre received is kept, and a deletion may have been forced</source>
        <translation>Түзмөктө өчүрүлгөн жазууларды да көрсөтүү: борбор алган бардык версиялар сакталат, ал эми өчүрүү мажбурлап жасалган болушу мүмкүн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="322"/>
        <source>&amp;Clear filters</source>
        <translation>Чыпкаларды та&amp;залоо</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="71"/>
        <location filename="../../fieldreport/ui/first_start.py" line="103"/>
        <source>Join an organisation</source>
        <translation>Уюмга кошулуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="73"/>
        <source>Join {org}?</source>
        <translation>{org} уюмуна кошуласызбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="76"/>
        <source>This organisation&apos;s provisioning file came with the app:
{path}

The organisation&apos;s fingerprint:
{fingerprint}

Join only if your coordinator gives you the same fingerprint. You then save an enrollment request for the coordinator. You can also join later on the Sync page.</source>
        <translation>Бул уюмдун жөндөө файлы программа менен бирге келди:
{path}

Уюмдун ачкычынын изи:
{fingerprint}

Координаторуңуз дал ушундай изди айтса гана кошулуңуз. Андан соң координатор үчүн кошулуу өтүнүчүн сактаңыз. Кийинчерээк «Шайкештирүү» барагында да кошулсаңыз болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="86"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="89"/>
        <source>&amp;Not now</source>
        <translation>&amp;Азыр эмес</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="105"/>
        <source>The provisioning file that came with the app was refused; nothing was changed.</source>
        <translation>Программа менен келген уюмдун жөндөө файлы четке кагылды; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="111"/>
        <source>{path}: {reason}

Ask your coordinator for a new provisioning file and join with it on the Sync page.</source>
        <translation>{path}: {reason}

Координаторуңуздан уюмдун жаңы жөндөө файлын сураңыз жана аны менен «Шайкештирүү» барагында кошулуңуз.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="32"/>
        <source>Records: {records}, photos and files: {media}. They move from “{old}” to “{new}”.

From now on the centre accepts changes to them only from “{new}”; changes from “{old}” are refused, with an alarm. The organisation&apos;s key signs the decision and the centre&apos;s custody log keeps it; it cannot be undone, only handed back.</source>
        <translation>Жазуулар: {records}, сүрөттөр жана файлдар: {media} — «{old}» түзмөгүнөн «{new}» түзмөгүнө өтөт.

Мындан ары борбор алардын өзгөртүүлөрүн «{new}» түзмөгүнөн гана кабыл алат; «{old}» түзмөгүнөн келген өзгөртүүлөр коркунуч белгиси менен четке кагылат. Чечимге уюмдун ачкычы кол коёт жана ал борбордун сактоо журналында сакталат; аны жокко чыгарууга болбойт, жазууларды кайра өткөрүп берүүгө гана болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="77"/>
        <source>The centre does not know which device owns this record.</source>
        <translation>Бул жазуу кайсы түзмөккө таандык экенин борбор билбейт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="96"/>
        <source>No other approved device can take them: approve the new device first (Approve a request…).</source>
        <translation>Аларды кабыл ала турган башка бекитилген түзмөк жок: адегенде жаңы түзмөктү бекитиңиз (Өтүнүчтү бекитүү…).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="103"/>
        <source>Hand over to which device?</source>
        <translation>Кайсы түзмөккө өткөрүп берүү керек?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="104"/>
        <source>The records of “{old}” go to:</source>
        <translation>«{old}» түзмөгүнүн жазуулары кимге өтөт:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="113"/>
        <source>Hand these records over?</source>
        <translation>Бул жазууларды өткөрүп берүү керекпи?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="124"/>
        <source>Handed over to “{new}”: records: {records}, photos and files: {media} (signed decision {id}, entry {seq} of the centre&apos;s custody log).</source>
        <translation>«{new}» түзмөгүнө өткөрүлүп берилди: жазуулар — {records}, сүрөттөр жана файлдар — {media} (кол коюлган чечим {id}, борбордун сактоо журналынын {seq}-жазуусу).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="150"/>
        <source>{kind} — revision {revision}, saved {saved}</source>
        <translation>{kind} — {revision}-версия, сакталган: {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="156"/>
        <source>This revision deleted the record. It still shows what the record held when it was deleted.</source>
        <translation>Бул версияда жазуу өчүрүлгөн. Мында жазуунун өчүрүлгөн учурдагы мазмуну көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="192"/>
        <source>Records that link to this one</source>
        <translation>Бул жазууга шилтеме кылган жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="220"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="221"/>
        <source>History of the record</source>
        <translation>Жазуунун тарыхы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="224"/>
        <source>Every save is kept as a revision. Select a revision to see what it held. Revisions cannot be changed.</source>
        <translation>Ар бир сактоо өзүнчө версия катары сакталат. Мазмунун көрүү үчүн версияны тандаңыз. Версияларды өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="228"/>
        <source>Show as &amp;JSON</source>
        <translation>JSON түрүндө &amp;көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="229"/>
        <source>The revision exactly as stored, with its field keys</source>
        <translation>Версия сакталгандай, талаалардын ачкычтары менен</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="177"/>
        <source>Looking for files…</source>
        <translation>Файлдар изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="183"/>
        <source>File {number} of {total}</source>
        <translation>{number}-файл ({total} файлдан)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="186"/>
        <source>{done} of {total} read and encrypted</source>
        <translation>{total} ичинен {done} окулуп, шифрленди</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="192"/>
        <source>Cancelling… the file being read is not kept.</source>
        <translation>Жокко чыгарылууда… азыр окулуп жаткан файл сакталбайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="207"/>
        <source>Import cancelled. Files stored before it stopped are kept.</source>
        <translation>Импорт жокко чыгарылды. Токтогонго чейин сакталган файлдар калат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="210"/>
        <source>Import finished.</source>
        <translation>Импорт аяктады.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="211"/>
        <source>Stored, encrypted: {count}</source>
        <translation>Шифрленип сакталды: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="213"/>
        <source>Already in the vault (not stored twice): {count}</source>
        <translation>Сактагычта мурунтан эле бар (кайра сакталбайт): {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="218"/>
        <source>Refused: {count}</source>
        <translation>Кабыл алынган жок: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="228"/>
        <source>Files of other types can be kept as generic documents if they are evidence; FieldReport cannot show them, only export them.</source>
        <translation>Башка түрдөгү файлдар далил болсо, аларды жөнөкөй документ катары сактоого болот; FieldReport аларды көрсөтө албайт, экспорттой гана алат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="234"/>
        <source>Importing photos and files</source>
        <translation>Сүрөттөрдү жана файлдарды импорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="235"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="236"/>
        <source>&amp;Keep as generic documents</source>
        <translation>&amp;Документ катары сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="237"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="235"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="235"/>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="235"/>
        <source>Details</source>
        <translation>Чоо-жайы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="236"/>
        <source>Import &amp;bundle files…</source>
        <translation>&amp;Пакеттерди импорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="237"/>
        <source>&amp;Save receipts…</source>
        <translation>Тастыктамаларды &amp;сактоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="239"/>
        <source>Write a signed receipt for every bundle imported here, into a folder</source>
        <translation>Бул жерде импорттолгон ар бир пакеттин кол коюлган тастыктамасын папкага жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="243"/>
        <source>Choose bundle files, or drop them here. Each bundle is checked completely before anything is stored; give the receipts back to the devices.</source>
        <translation>Пакет файлдарын тандаңыз же бул жерге сүйрөп келиңиз. Эч нерсе сакталганга чейин ар бир пакет толук текшерилет; тастыктамаларды түзмөктөргө кайтарып бериңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="247"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="252"/>
        <source>Imported</source>
        <translation>Импорттолду</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="253"/>
        <source>Already imported</source>
        <translation>Мурун импорттолгон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="254"/>
        <source>Held</source>
        <translation>Кармалды</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="255"/>
        <source>Quarantined</source>
        <translation>Карантинде</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="256"/>
        <source>Rejected</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="265"/>
        <source>bundle {sequence} of device {device}: new record revisions: {revisions}, photos and files: {media}, custody-log entries: {entries}</source>
        <translation>{device} түзмөгүнүн {sequence}-пакети: жаңы {revisions} жазуу версиясы, {media} сүрөт жана файл, сактоо журналынын {entries} жазуусу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="279"/>
        <source>bundle {sequence} of device {device}: {reason}</source>
        <translation>{device} түзмөгүнүн {sequence}-пакети: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="282"/>
        <source>bundle {sequence} of device {device}: nothing changed</source>
        <translation>{device} түзмөгүнүн {sequence}-пакети: эч нерсе өзгөргөн жок</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="286"/>
        <source>device {device} is not approved yet; kept until it is</source>
        <translation>{device} түзмөгү али бекитиле элек; бекитилгенге чейин сакталат</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="28"/>
        <source>The file cannot be read.</source>
        <translation>Файлды окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="29"/>
        <source>The bundle is too large ({size} bytes; at most {limit}).</source>
        <translation>Пакет өтө чоң ({size} байт; эң көп дегенде {limit} болушу керек).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="32"/>
        <source>The bundle is damaged or was altered (its encryption or its contents do not check out); nothing was stored.</source>
        <translation>Пакет бузулган же өзгөртүлгөн (анын шифрлөөсү же мазмуну текшерүүдөн өтпөйт); эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="37"/>
        <source>The bundle is not addressed to this organisation (it was encrypted to another key), or its header is damaged.</source>
        <translation>Пакет бул уюмга арналган эмес (ал башка ачкычка шифрленген), же анын башкы бөлүгү бузулган.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="42"/>
        <source>The bundle is for another organisation.</source>
        <translation>Пакет башка уюм үчүн арналган.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="43"/>
        <source>The bundle is not signed by device {device}: it was altered or forged.</source>
        <translation>Пакетке {device} түзмөгү кол койгон эмес: ал өзгөртүлгөн же жасалма.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="47"/>
        <source>Device {device} was revoked on {revoked_at}; its bundles are refused.</source>
        <translation>{device} түзмөгүнүн уруксаты {revoked_at} жокко чыгарылган; анын пакеттери кабыл алынбайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="50"/>
        <source>The bundle is not in the expected format; it was refused. Point at this line for the technical detail.</source>
        <translation>Пакет күтүлгөн форматка туура келбейт, ошондуктан четке кагылды. Техникалык чоо-жайын көрүү үчүн көрсөткүчтү ушул сапка алып келиңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="55"/>
        <source>The item {item} is missing from the bundle or does not match its manifest: the bundle was altered or damaged.</source>
        <translation>{item} элементи пакетте жок же пакеттин тизмесине дал келбейт: пакет өзгөртүлгөн же бузулган.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="60"/>
        <source>The media item {item} in the bundle is not sealed as its manifest says (its key does not open it, or its length does not fit): the bundle was altered or forged.</source>
        <translation>Пакеттеги {item} медиа файлы тизмесинде айтылгандай мөөрлөнгөн эмес (анын ачкычы аны ачпайт же узундугу туура келбейт): пакет өзгөртүлгөн же жасалма.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="65"/>
        <source>The custody log in the bundle does not verify: it was altered, or not signed by the device.</source>
        <translation>Пакеттеги сактоо журналы текшерүүдөн өтпөйт: ал өзгөртүлгөн же ага түзмөк кол койгон эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="70"/>
        <source>The items in the bundle do not match its custody log; it was refused.</source>
        <translation>Пакеттеги элементтер анын сактоо журналына дал келбейт; пакет четке кагылды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="74"/>
        <source>{item} already came from another device or with other content; the bundle was refused.</source>
        <translation>{item} мурун башка түзмөктөн же башка мазмун менен келген; пакет четке кагылды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="79"/>
        <source>ALARM: device {device} changed a record or file of device {owner}; the bundle was refused and nothing in it was stored. A device may change only what it created: check device {device}, or hand the records over if they should move to it. ({item})</source>
        <translation>КОРКУНУЧ: {device} түзмөгү {owner} түзмөгүнүн жазуусун же файлын өзгөрттү; пакет четке кагылды, андан эч нерсе сакталган жок. Түзмөк өзү түзгөн нерсени гана өзгөртө алат: {device} түзмөгүн текшериңиз же жазуулар ага өтүшү керек болсо, аларды өткөрүп бериңиз. ({item})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="86"/>
        <source>ALARM: device {device} sent a custody log that contradicts the one imported before. Two different histories exist for one device: its key may have been copied or the device altered. The bundle was refused; keep the file and check the device.</source>
        <translation>КОРКУНУЧ: {device} түзмөгү мурун импорттолгон журналга карама-каршы келген сактоо журналын жөнөттү. Бир түзмөктүн эки башка тарыхы бар: анын ачкычы көчүрүлгөн же түзмөк өзгөртүлгөн болушу мүмкүн. Пакет четке кагылды; файлды сактап, түзмөктү текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="93"/>
        <source>The bundle file changed while it was read; import it again.</source>
        <translation>Пакет файлы окулуп жатканда өзгөрдү; аны кайра импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="96"/>
        <source>Quarantine is full for device {device}: the bundle was not kept. Approve the device, or discard what waits for it, then import the bundle again.</source>
        <translation>{device} түзмөгү үчүн карантин толду: пакет сакталган жок. Түзмөктү бекитиңиз же аны күтүп турган пакеттерди өчүрүңүз, андан кийин пакетти кайра импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="101"/>
        <source>Bundle {sequence} of device {device} arrived before bundle {missing}; it is kept and will be imported when the missing bundle arrives.</source>
        <translation>{device} түзмөгүнүн {sequence}-пакети {missing}-пакеттен мурун келди; ал сакталат жана жетишпеген пакет келгенде импорттолот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="106"/>
        <source>Bundle {sequence} of device {device} follows a bundle ({previous}…) that has not arrived; it is kept and will be imported when that bundle arrives.</source>
        <translation>{device} түзмөгүнүн {sequence}-пакети али келе элек пакеттен ({previous}…) кийин келет; ал сакталат жана ошол пакет келгенде импорттолот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="111"/>
        <source>The bundle carries custody-log entries from {first} on, but this store has the device&apos;s entries only up to {head}; it is kept until the bundle in between arrives.</source>
        <translation>Пакетте сактоо журналынын {first}-жазуусунан баштап жазуулар бар, бирок бул сактагычта түзмөктүн жазуулары {head}-жазууга чейин гана бар; ортодогу пакет келгенге чейин ал сакталат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="117"/>
        <source>Device {device} is not approved yet; the bundle is kept and will be imported when it is.</source>
        <translation>{device} түзмөгү али бекитиле элек; пакет сакталат жана түзмөк бекитилгенде импорттолот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="122"/>
        <source>Everything in it (custody-log entries {log_from}–{log_to}) came in another bundle; nothing changed.</source>
        <translation>Анын бардык мазмуну (сактоо журналынын {log_from}–{log_to} жазуулары) башка пакет менен келген; эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="95"/>
        <source>Incident</source>
        <extracomment>Maximum length in characters for text types (None: the type&apos;s default). Largest value accepted for an ``int`` (None: no limit).</extracomment>
        <translation>Окуя</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="96"/>
        <source>Witness statement</source>
        <translation>Күбөнүн көрсөтмөсү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="97"/>
        <source>Damage record</source>
        <translation>Зыян тууралуу жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="98"/>
        <source>Person affected</source>
        <translation>Жабыркаган адам</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="101"/>
        <source>Incidents</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="102"/>
        <source>Witness statements</source>
        <translation>Күбөлөрдүн көрсөтмөлөрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="103"/>
        <source>Damage records</source>
        <translation>Зыян тууралуу жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="104"/>
        <source>People affected</source>
        <translation>Жабыркаган адамдар</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="162"/>
        <source>Link related records</source>
        <translation>Жазууларды байланыштыруу</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="141"/>
        <source>Add &amp;link…</source>
        <extracomment>The vault&apos;s records as the picker reads them (None while the vault is locked).</extracomment>
        <translation>&amp;Байланыш кошуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="142"/>
        <source>Remove link</source>
        <translation>Байланышты өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="144"/>
        <source>Records that link to this one (change them in their own form):</source>
        <translation>Бул жазууга шилтеме кылган жазуулар (аларды өз формасында өзгөртүңүз):</translation>
    </message>
</context>
<context>
    <name>LivestockEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="163"/>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="202"/>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="200"/>
        <source>&amp;Add animals</source>
        <translation>&amp;Мал кошуу</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/location_editor.py" line="190"/>
        <source>Village or town</source>
        <translation>Айыл же шаар</translation>
    </message>
</context>
<context>
    <name>LogAlarmActions</name>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="25"/>
        <source>Clear the alarm</source>
        <translation>Эскертүүнү алып салуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="27"/>
        <source>Only if your coordinator has explained why the organisation&apos;s log changed: forget the checkpoint this device kept and take the organisation&apos;s log as it is now as the new start? The alarm stays recorded in this device&apos;s custody log; nothing is deleted.</source>
        <translation>Координаторуңуз уюмдун журналы эмне үчүн өзгөргөнүн түшүндүргөн болсо гана: бул түзмөк сактаган текшерүү чекитин унутуп, уюмдун журналын азыркы абалында жаңы баштапкы чекит катары кабыл алуу керекпи? Эскертүү бул түзмөктүн сактоо журналында жазылган бойдон калат; эч нерсе өчүрүлбөйт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="36"/>
        <source>C&amp;lear the alarm</source>
        <translation>Эскертүүнү &amp;алып салуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="61"/>
        <source>The alarm is cleared: the next checkpoint of the organisation&apos;s log is kept as the new start.</source>
        <translation>Эскертүү алынып салынды: уюмдун журналынын кийинки текшерүү чекити жаңы баштапкы чекит катары сакталат.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="37"/>
        <source>Delete this record? {kind}: “{title}”</source>
        <translation>Бул жазуу өчүрүлсүнбү? {kind}: «{title}»</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="143"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="156"/>
        <source>Delete record</source>
        <translation>Жазууну өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="159"/>
        <source>It disappears from the lists. Its earlier revisions stay in the history: Records → Show deleted records.</source>
        <translation>Ал тизмелерден жоголот. Мурунку нускалары тарыхта калат: Жазуулар → Өчүрүлгөн жазууларды көрсөтүү.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="168"/>
        <location filename="../../fieldreport/ui/window_actions.py" line="187"/>
        <source>&amp;Delete</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="171"/>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="160"/>
        <source>&amp;Keep</source>
        <translation>&amp;Калтыруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="203"/>
        <location filename="../../fieldreport/ui/window.py" line="397"/>
        <source>FieldReport</source>
        <translation>FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="382"/>
        <source>Records: {total} — incidents: {incidents}, statements: {statements}, damage records: {damage}, people: {people}</source>
        <extracomment>Searches and orders no index serves, read on a worker (a connection of its own).</extracomment>
        <translation>Жазуулар: {total} — окуялар: {incidents}, көрсөтмөлөр: {statements}, зыян тууралуу жазуулар: {damage}, адамдар: {people}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="393"/>
        <source>This device: {fingerprint}…</source>
        <translation>Бул түзмөк: {fingerprint}…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="399"/>
        <source>FieldReport — demo</source>
        <translation>FieldReport — демо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="405"/>
        <source>Demo vault with fictional records; it is deleted when you quit. Its passphrase, to try locking and unlocking: {passphrase}</source>
        <translation>Ойдон чыгарылган жазуулары бар демо сактагыч; программадан чыкканда ал өчүрүлөт. Кулпулоону жана кулпуну ачууну сынап көрүү үчүн анын сырсөзү: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="143"/>
        <source>Discard unsaved forms</source>
        <translation>Сакталбаган формаларды таштоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="145"/>
        <source>Discard what was typed in the forms that were not saved?</source>
        <translation>Сакталбаган формаларга киргизилгендерди таштайсызбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="150"/>
        <source>It is deleted from the vault and cannot be restored.</source>
        <translation>Ал сактагычтан өчүрүлөт жана аны калыбына келтирүүгө болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="157"/>
        <source>&amp;Discard</source>
        <translation>&amp;Таштоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="105"/>
        <source>Add photos and files to the vault</source>
        <translation>Сактагычка сүрөттөрдү жана файлдарды кошуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="113"/>
        <source>Add a folder (with its subfolders) to the vault</source>
        <translation>Сактагычка папканы (ичиндеги папкалары менен) кошуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="128"/>
        <source>They are listed under Photos and files, not attached to a record.</source>
        <translation>Алар «Сүрөттөр жана файлдар» бөлүмүндө турат, эч бир жазууга тиркелген эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="187"/>
        <source>Attach to a record</source>
        <translation>Жазууга тиркөө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="188"/>
        <source>Choose the record to attach them to. Chosen photos and files: {count}</source>
        <translation>Аларды кайсы жазууга тиркөөнү тандаңыз. Тандалган сүрөттөр жана файлдар: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="206"/>
        <source>Attached to “{title}”: {count}</source>
        <translation>«{title}» жазуусуна тиркелди: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="233"/>
        <source>Taken off their records: {count}. They stay under Photos and files.</source>
        <translation>Жазуулардан ажыратылды: {count}. Алар «Сүрөттөр жана файлдар» бөлүмүндө калат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="31"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="181"/>
        <source>&amp;Records</source>
        <translation>&amp;Жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="182"/>
        <source>S&amp;ync</source>
        <translation>Шайкешти&amp;рүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="183"/>
        <source>&amp;Help</source>
        <translation>Ж&amp;ардам</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="185"/>
        <source>&amp;New</source>
        <translation>&amp;Жаңы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="188"/>
        <source>&amp;History</source>
        <translation>Т&amp;арых</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="189"/>
        <source>&amp;Find</source>
        <translation>&amp;Издөө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="190"/>
        <source>Show de&amp;leted records</source>
        <translation>Өчүрүлгөн жазууларды &amp;көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="191"/>
        <source>Add photos and &amp;files…</source>
        <translation>Сүрөт жана &amp;файлдарды кошуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="192"/>
        <source>Add a f&amp;older of photos…</source>
        <translation>Сүрөттөр менен &amp;папка кошуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="193"/>
        <source>Show &amp;photos and files</source>
        <translation>Сүрөттөрдү жана файлдарды кө&amp;рсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="194"/>
        <source>&amp;Attach chosen to a record…</source>
        <translation>Тандалгандарды жазууга &amp;тиркөө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="195"/>
        <source>&amp;Detach chosen</source>
        <translation>Тандалгандарды &amp;ажыратуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="196"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Уюмга кошулуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="197"/>
        <source>Install the &amp;certificate…</source>
        <translation>Сертификатты &amp;орнотуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="198"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation>Тастыктала электердин баарын &amp;кайра экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="201"/>
        <source>Ser&amp;ver address…</source>
        <translation>Сер&amp;вердин дареги…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="202"/>
        <source>Se&amp;ttings</source>
        <translation>Жөндөө&amp;лөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Кулпулоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="205"/>
        <source>Open the Sync &amp;page</source>
        <translation>Шайкештирүү &amp;барагын ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="206"/>
        <source>E&amp;xport a bundle…</source>
        <translation>Пакетти &amp;экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="207"/>
        <source>&amp;Import a receipt…</source>
        <translation>Тастыктаманы &amp;импорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="208"/>
        <source>Sync &amp;now over the network</source>
        <translation>Тармак аркылуу азыр &amp;шайкештирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="209"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Баскычтар айкалыштары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="210"/>
        <source>&amp;About FieldReport</source>
        <translation>FieldReport &amp;жөнүндө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="213"/>
        <source>New record (Ctrl+N)</source>
        <translation>Жаңы жазуу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="214"/>
        <source>Edit the selected record (Enter)</source>
        <translation>Тандалган жазууну түзөтүү (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="215"/>
        <source>Delete the selected record (Delete)</source>
        <translation>Тандалган жазууну өчүрүү (Delete)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="218"/>
        <source>Earlier revisions of the selected record</source>
        <translation>Тандалган жазуунун мурунку версиялары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="221"/>
        <source>Search the records (Ctrl+F)</source>
        <translation>Жазуулардан издөө (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="222"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Азыр кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="223"/>
        <source>Lock and quit FieldReport (Ctrl+Q)</source>
        <translation>Кулпулап, программадан чыгуу (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="304"/>
        <source>Save the form as a draft</source>
        <translation>Форманы долбоор катары сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="305"/>
        <source>Save the form as final</source>
        <translation>Форманы акыркы нуска катары сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="306"/>
        <source>Close a form or dialog</source>
        <translation>Форманы же терезени жабуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="314"/>
        <source>Keyboard shortcuts</source>
        <translation>Баскычтар айкалыштары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="327"/>
        <source>About FieldReport</source>
        <translation>FieldReport жөнүндө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="330"/>
        <source>FieldReport {version}: encrypted records of incidents, statements, damage and people, for field monitors working offline.</source>
        <translation>FieldReport {version}: окуялар, көрсөтмөлөр, зыян жана адамдар тууралуу шифрленген жазуулар — тармаксыз иштеген талаа мониторлору үчүн.</translation>
    </message>
</context>
<context>
    <name>MediaDetails</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="15"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="16"/>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="17"/>
        <source>Original name</source>
        <translation>Баштапкы аты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="18"/>
        <source>Imported</source>
        <translation>Кошулган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="19"/>
        <source>Taken</source>
        <translation>Тартылган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="20"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="21"/>
        <source>Pixels</source>
        <translation>Пикселдер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="22"/>
        <source>Position (GPS)</source>
        <translation>Координаттар (GPS)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="23"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="24"/>
        <source>Attached to</source>
        <translation>Тиркелген жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="99"/>
        <source>No record</source>
        <translation>Эч бир жазууга тиркелген эмес</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="168"/>
        <source>Stored safely. Its thumbnail and details (time, place, camera) are being read.</source>
        <extracomment>``media id`` → thumbnail JPEG bytes, ``b&quot;&quot;`` when none is stored, ``None`` when the vault cannot be asked now (an import is running): asked again at the next paint.</extracomment>
        <translation>Коопсуз сакталды. Кичине сүрөтү жана маалыматтары (убакыт, жер, камера) азыр окулууда.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="172"/>
        <source>Damaged: {reason} It is kept as it was received.</source>
        <translation>Бузулган: {reason} Ал кандай алынса, ошондой бойдон сакталды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="180"/>
        <source>The image claims far more pixels than any camera makes (a possible decompression bomb); it was not decoded.</source>
        <translation>Сүрөт ар кандай камера тарта алгандан алда канча көп пикселди көрсөтөт (мүмкүн «декомпрессиялык бомба»); ал ачылган жок.</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="144"/>
        <source>&amp;Open in the viewer</source>
        <translation>Көрүүчүдө &amp;ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="145"/>
        <source>E&amp;xport original…</source>
        <translation>Түп нусканы &amp;экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="147"/>
        <source>Writes the file exactly as the device sent it, with its metadata.</source>
        <translation>Файлды түзмөк жөнөткөндөй так, метамаалыматтары менен сактайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="149"/>
        <source>Export &amp;without metadata…</source>
        <translation>&amp;Метамаалыматсыз экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="151"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation>Башкаларга берүү үчүн көчүрмө: координаттар, убакыт жана камера тууралуу маалымат алынып салынат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="159"/>
        <source>The device deleted this file before it was sent: only its description arrived.</source>
        <translation>Түзмөк бул файлды жөнөтүүдөн мурун өчүргөн: анын сүрөттөмөсү гана келди.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="161"/>
        <source>Received {origin}</source>
        <translation>Кабыл алынган: {origin}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="167"/>
        <source>Attached to:</source>
        <translation>Тиркелген жазуулар:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="169"/>
        <source>Not attached to any record.</source>
        <translation>Эч бир жазууга тиркелген эмес.</translation>
    </message>
</context>
<context>
    <name>MediaSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="126"/>
        <source>Making thumbnails and reading the photos&apos; details: {done} of {total}. The originals are already safe in the vault.</source>
        <extracomment>``(unattached only, search or None)`` → media items.</extracomment>
        <translation>Кичине сүрөттөр түзүлүп, сүрөттөрдүн маалыматтары окулууда: {done} / {total}. Түп нускалар сактагычта коопсуз сакталып калды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="186"/>
        <source>Nothing matches.</source>
        <translation>Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="190"/>
        <source>No photos or files yet. Add them with the buttons above, drop files or folders onto this window, or add them from a record&apos;s form.</source>
        <translation>Азырынча сүрөт же файл жок. Аларды жогорудагы баскычтар менен кошуңуз, файлдарды же папкаларды ушул терезеге сүйрөп келиңиз же жазуунун формасынан кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="196"/>
        <source>Photos and files</source>
        <translation>Сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="197"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Көрсөтүү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="198"/>
        <source>All</source>
        <translation>Баары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="199"/>
        <source>Not attached to a record</source>
        <translation>Жазууга тиркелбегендер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="200"/>
        <source>&amp;Search:</source>
        <translation>Из&amp;дөө:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="201"/>
        <source>Name, caption, camera, date (Ctrl+F)</source>
        <translation>Аты, түшүндүрмө, камера, дата (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="202"/>
        <source>Add f&amp;iles…</source>
        <translation>Файлдарды ко&amp;шуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="203"/>
        <source>Add a fol&amp;der…</source>
        <translation>Па&amp;пка кошуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="204"/>
        <source>&amp;Open</source>
        <translation>Ач&amp;уу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="205"/>
        <source>Show the chosen item (Enter)</source>
        <translation>Тандалган файлды көрсөтүү (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="206"/>
        <source>&amp;Attach to a record…</source>
        <translation>Жазууга &amp;тиркөө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="208"/>
        <source>Attach the chosen items (Ctrl+click or Shift+click to choose several)</source>
        <translation>Тандалгандарды тиркөө (бир нечесин тандоо үчүн Ctrl+чыкылдатуу же Shift+чыкылдатуу)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="210"/>
        <source>De&amp;tach</source>
        <translation>Аж&amp;ыратуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="212"/>
        <source>Take the chosen items off their records; they stay in the vault</source>
        <translation>Тандалгандарды жазуулардан ажыратуу; алар сактагычта калат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="214"/>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="215"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation>Файлды биротоло жок кылат (Delete); муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="217"/>
        <source>Files added here are not attached to a record until you attach them.</source>
        <translation>Бул жерге кошулган файлдар сиз тиркемейинче эч бир жазууга тиркелбейт.</translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="56"/>
        <source>Its contents are not a supported type (whatever its name ends with). FieldReport keeps photos (JPEG, PNG, HEIC/HEIF, TIFF), audio (WAV, MP3, M4A/AAC, OGG/Opus), video (MP4, MOV) and PDF documents.</source>
        <translation>Файлдын мазмуну колдоого алынган түрлөргө кирбейт (аты эмне менен аяктаса да). FieldReport сүрөттөрдү (JPEG, PNG, HEIC/HEIF, TIFF), аудиону (WAV, MP3, M4A/AAC, OGG/Opus), видеону (MP4, MOV) жана PDF документтерин сактайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="63"/>
        <source>It is empty (0 bytes).</source>
        <translation>Файл бош (0 байт).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="65"/>
        <source>The image is damaged or incomplete (truncated).</source>
        <translation>Сүрөт бузулган же толук эмес (кесилип калган).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="69"/>
        <source>The image is far larger than any camera makes; it was refused as a possible decompression bomb.</source>
        <translation>Сүрөт эч бир камера тарта албагандай өтө чоң; ал «декомпрессия бомбасы» болушу мүмкүн болгондуктан кабыл алынган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="92"/>
        <source>Recordings cannot be played in FieldReport. Export the original to listen to it with another program.</source>
        <translation>Аудиожазууларды FieldReport&apos;то угууга болбойт. Башка программа менен угуу үчүн түп нусканы экспорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="98"/>
        <source>Videos cannot be played in FieldReport. Export the original to watch it with another program.</source>
        <translation>Видеону FieldReport&apos;то көрүүгө болбойт. Башка программа менен көрүү үчүн түп нусканы экспорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="103"/>
        <source>Documents cannot be shown in FieldReport. Export the original to open it with another program.</source>
        <translation>Документтерди FieldReport&apos;то көрсөтүүгө болбойт. Башка программа менен ачуу үчүн түп нусканы экспорттоңуз.</translation>
    </message>
</context>
<context>
    <name>MediaType</name>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="25"/>
        <source>JPEG photo</source>
        <translation>JPEG сүрөт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="26"/>
        <source>PNG image</source>
        <translation>PNG сүрөт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="27"/>
        <source>HEIC photo</source>
        <translation>HEIC сүрөт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="28"/>
        <source>HEIF photo</source>
        <translation>HEIF сүрөт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="29"/>
        <source>TIFF image</source>
        <translation>TIFF сүрөт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="30"/>
        <source>WAV recording</source>
        <translation>WAV аудиожазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="31"/>
        <source>MP3 recording</source>
        <translation>MP3 аудиожазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="32"/>
        <source>M4A recording</source>
        <translation>M4A аудиожазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="33"/>
        <source>AAC recording</source>
        <translation>AAC аудиожазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="34"/>
        <source>OGG recording</source>
        <translation>OGG аудиожазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="35"/>
        <source>Opus recording</source>
        <translation>Opus аудиожазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="36"/>
        <source>MP4 video</source>
        <translation>MP4 видео</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="37"/>
        <source>MOV video</source>
        <translation>MOV видео</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="38"/>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="43"/>
        <source>Other file</source>
        <extracomment>A file of any other type, kept only when the person asks for it.</extracomment>
        <translation>Башка файл</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="153"/>
        <source>There is no preview of this photo.</source>
        <extracomment>``{&quot;lat&quot;, &quot;lon&quot;, &quot;precision&quot;}`` → fills the record form&apos;s location.</extracomment>
        <translation>Бул сүрөттү алдын ала көрүүгө болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="203"/>
        <source>{number} of {count}</source>
        <translation>{count} ичинен {number}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="260"/>
        <source>Export without metadata</source>
        <translation>Метамаалыматсыз экспорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="262"/>
        <source>Export the original</source>
        <translation>Түп нусканы экспорттоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="267"/>
        <source>Exporting…</source>
        <translation>Экспорттолууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="282"/>
        <source>Written to {path}</source>
        <translation>Сакталды: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="306"/>
        <source>This photo has no position (GPS) in its metadata.</source>
        <translation>Бул сүрөттүн метамаалыматтарында координаттар (GPS) жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="310"/>
        <source>The record&apos;s position was set to {position}.</source>
        <translation>Жазууга {position} координаттары киргизилди.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="352"/>
        <source>Photos and files</source>
        <translation>Сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="353"/>
        <source>&amp;Previous</source>
        <translation>&amp;Артка</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="354"/>
        <source>Left arrow or Page Up</source>
        <translation>Солго жебе же Page Up</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="355"/>
        <source>&amp;Next</source>
        <translation>А&amp;лга</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="356"/>
        <source>Right arrow or Page Down</source>
        <translation>Оңго жебе же Page Down</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="357"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="359"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Чоңойтуу (+, Ctrl+дөңгөлөк)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="361"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Кичирейтүү (−, Ctrl+дөңгөлөк)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="362"/>
        <source>Fit</source>
        <translation>Батыруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="363"/>
        <source>Fit the picture to the window (0)</source>
        <translation>Сүрөттү терезеге батыруу (0)</translation>
    </message>
</context>
<context>
    <name>MoneyEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="251"/>
        <source>Amount</source>
        <translation>Суммасы</translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="63"/>
        <source>No server address: the organisation&apos;s provisioning file has none. Bundles travel on a USB stick, or set an address if the coordinator gave you one.</source>
        <translation>Сервердин дареги жок: уюмдун жөндөө файлында ал көрсөтүлгөн эмес. Пакеттер USB-сактагыч менен жеткирилет; же координатор дарек берсе, аны киргизиңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="70"/>
        <source>Server: {url} (set on this computer)</source>
        <translation>Сервер: {url} (ушул компьютерде коюлган)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="74"/>
        <source>Server: {url} (from the provisioning file)</source>
        <translation>Сервер: {url} (жөндөө файлынан)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="78"/>
        <source>Sending: {sent} of {total}. You can keep working.</source>
        <translation>Жөнөтүлүүдө: {total} ичинен {sent}. Иштей берсеңиз болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="82"/>
        <source>Syncing with the organisation…</source>
        <translation>Уюм менен шайкештирүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="85"/>
        <source>Offline: the server cannot be reached. Nothing is lost; sync tries again by itself.</source>
        <translation>Байланыш жок: серверге жетүү мүмкүн эмес. Эч нерсе жоголгон жок; шайкештирүү өзү кайра аракет кылат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="89"/>
        <source>New records wait to be sent; they go in a moment.</source>
        <translation>Жаңы жазуулар жөнөтүлүүнү күтүп турат; алар бир аздан кийин кетет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="91"/>
        <source>Up to date: everything recorded so far has reached the organisation.</source>
        <translation>Баары жөнөтүлдү: ушул убакка чейин жазылгандын баары уюмга жетти.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="100"/>
        <source>Over the network</source>
        <translation>Тармак аркылуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="101"/>
        <source>Sync &amp;now</source>
        <translation>Азыр &amp;шайкештирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="103"/>
        <source>Send what is new to the organisation&apos;s server and fetch receipts</source>
        <translation>Жаңыны уюмдун серверине жөнөтүү жана квитанцияларды алуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="105"/>
        <source>Ser&amp;ver address…</source>
        <translation>Сер&amp;вердин дареги…</translation>
    </message>
</context>
<context>
    <name>OpenStorePage</name>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="135"/>
        <source>Create the organisation&apos;s central store</source>
        <translation>Уюмдун борбордук сактагычын түзүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="138"/>
        <source>The central store keeps the organisation&apos;s keys and everything the devices send, encrypted. Without its passphrase nobody can open it.</source>
        <translation>Борбордук сактагычта уюмдун ачкычтары жана түзмөктөр жөнөткөндөрдүн баары шифрленген түрдө сакталат. Анын сырсөзүсүз аны эч ким ача албайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="142"/>
        <source>&amp;Create the store</source>
        <translation>Сактагычты &amp;түзүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="143"/>
        <source>Creating the keys and the encrypted store…</source>
        <translation>Ачкычтар жана шифрленген сактагыч түзүлүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="145"/>
        <source>The central store is locked</source>
        <translation>Борбордук сактагыч кулпуланган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="146"/>
        <source>Enter the passphrase of the central store.</source>
        <translation>Борбордук сактагычтын сырсөзүн киргизиңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="147"/>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="148"/>
        <source>Opening…</source>
        <translation>Ачылууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="149"/>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="150"/>
        <source>Another &amp;folder…</source>
        <translation>Башка &amp;папка…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="151"/>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Уюмдун аталышы:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="152"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="153"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Сырсөздү &amp;кайталаңыз:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="64"/>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="200"/>
        <source>Households displaced</source>
        <extracomment>The groups of figures: (vocabulary of the keys, the figures&apos; attribute in a tally).</extracomment>
        <translation>Мажбурлап көчүрүлгөн үй-бүлөлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="209"/>
        <source>No incident in this selection reports counts.</source>
        <translation>Бул тандоодогу бир да окуя сан билдирген эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="214"/>
        <source>Possible duplicates not yet reviewed: {count}. Until they are, each of those records counts on its own.</source>
        <translation>Текшерилбеген мүмкүн болгон кайталоолор: {count}. Алар текшерилгенге чейин ар бир жазуу өзүнчө эсептелет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="218"/>
        <source>Every possible duplicate in this selection has been reviewed.</source>
        <translation>Бул тандоодогу бардык мүмкүн болгон кайталоолор текшерилди.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="222"/>
        <source>People and property are counted once however many records report them (records marked as the same count once). Groups confirmed as one: {clusters}.</source>
        <translation>Адамдар жана мүлк канча жазуу кабарлаганына карабай бир жолу эсептелет (бирдей деп белгиленген жазуулар бир жолу эсептелет). Бир деп тастыкталган топтор: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="226"/>
        <source>Records without a date left out of the period: {count}.</source>
        <translation>Мөөнөткө кирбеген датасыз жазуулар: {count}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="242"/>
        <source>Open the records behind this number ({count})</source>
        <translation>Бул сандын негизиндеги жазууларды ачуу ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="251"/>
        <source>possible duplicates unreviewed: {count}</source>
        <translation>текшерилбеген кайталоолор: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="268"/>
        <source>sources: {count}</source>
        <translation>булактар: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="341"/>
        <source>People (each person counted once)</source>
        <translation>Адамдар (ар бир адам бир жолу эсептелет)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="342"/>
        <source>As incidents reported them (ranges where sources disagree)</source>
        <translation>Окуялар боюнча кабарланганы (булактар айырмаланса — аралык)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="343"/>
        <source>Property, by the worst damage reported</source>
        <translation>Мүлк, эң оор зыяны боюнча</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="344"/>
        <source>Property, by type</source>
        <translation>Мүлк, түрү боюнча</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="345"/>
        <source>Livestock and households</source>
        <translation>Мал жана үй-бүлөлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="349"/>
        <source>Counting…</source>
        <translation>Эсептелүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="350"/>
        <source>Re&amp;view duplicates…</source>
        <translation>Кайталоолорду текш&amp;ерүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="351"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="352"/>
        <source>By settlement</source>
        <translation>Калктуу конуштар боюнча</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="353"/>
        <source>By date</source>
        <translation>Даталар боюнча</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="360"/>
        <source>No date</source>
        <translation>Датасыз</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="362"/>
        <source>Place unknown</source>
        <translation>Жери белгисиз</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="21"/>
        <source>Too short: use at least 10 characters.</source>
        <translation>Өтө кыска: кеминде 10 символ колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="37"/>
        <source>Weak: add more words.</source>
        <translation>Алсыз: дагы сөз кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="40"/>
        <source>Fair: a few more words make it strong.</source>
        <translation>Орточо: дагы бир нече сөз кошсоңуз, бекем болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="43"/>
        <source>Good.</source>
        <translation>Жакшы.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="44"/>
        <source>Strong.</source>
        <translation>Бекем.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <location filename="../../fieldreport/domain/present.py" line="20"/>
        <source>(untitled)</source>
        <translation>(аталышы жок)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/problem_banner.py" line="28"/>
        <source>Fields that need attention: {count}</source>
        <translation>Көңүл бурууну талап кылган талаалар: {count}</translation>
    </message>
</context>
<context>
    <name>PurgeActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="42"/>
        <source>Remove confirmed records</source>
        <translation>Тастыкталган жазууларды алып салуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="46"/>
        <source>Nothing to remove: no record or file that the organisation confirmed is left on this laptop.</source>
        <translation>Алып сала турган эч нерсе жок: бул ноутбукта уюм тастыктаган жазуу же файл калган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="53"/>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="58"/>
        <source>Remove {records} record(s) and {files} file(s) that the organisation confirmed (receipts) from this laptop? Only stubs stay in the lists (held by the organisation); the organisation keeps them. Work not yet confirmed stays. This cannot be undone.</source>
        <translation>Уюм тастыктаган жазууларды ({records}) жана файлдарды ({files}) бул ноутбуктан алып салуу керекпи (тастыктамалар)? Тизмелерде кыскача белгилери гана калат («Уюмда сакталат»); уюмда алар сакталып калат. Тастыктала элек нерселер калат. Муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып салуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="71"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="90"/>
        <source>Removed {records} record(s) and {files} file(s).</source>
        <translation>Алынып салынды: жазуулар — {records}, файлдар — {files}.</translation>
    </message>
</context>
<context>
    <name>ReadingIndicator</name>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="81"/>
        <source>Stopped. Change a filter to read again.</source>
        <translation>Токтотулду. Кайра окуу үчүн чыпканы өзгөртүңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="84"/>
        <source>{what} {done} of {total}</source>
        <translation>{what} {total} ичинен {done}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="93"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="94"/>
        <source>Stop reading (Esc)</source>
        <translation>Окууну токтотуу (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="29"/>
        <source>Witness</source>
        <extracomment>Headings shown above the fields of each group object.</extracomment>
        <translation>Күбө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="30"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="31"/>
        <source>Interview</source>
        <translation>Маек</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="32"/>
        <source>Owner</source>
        <translation>Ээси</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="34"/>
        <source>Tags, notes and links</source>
        <translation>Белгилер, эскертүүлөр жана байланыштар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="35"/>
        <source>Personal data: never shown in lists and left out of anonymised exports.</source>
        <translation>Жеке маалымат: тизмелерде көрсөтүлбөйт жана аты-жөнү жашырылган экспортко кирбейт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="44"/>
        <source>Settlement is required: type the village or town (choose it from the list if it is there).</source>
        <extracomment>A final record&apos;s place needs its settlement: say which part is missing.</extracomment>
        <translation>Калктуу конуш керек: айылды же шаарды жазыңыз (тизмеде болсо, андан тандаңыз).</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="306"/>
        <source>Unsaved changes</source>
        <extracomment>The revision the unsaved content was started on (kept across restores).</extracomment>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="307"/>
        <source>This record has changes that are not saved.</source>
        <translation>Бул жазууда сакталбаган өзгөртүүлөр бар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="311"/>
        <source>Save them as a draft, or discard them?</source>
        <translation>Аларды долбоор катары сактайсызбы же жокко чыгарасызбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="308"/>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="361"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Долбоор катары сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="315"/>
        <source>Save them as a draft, keep them encrypted to restore after the next unlock, or discard them?</source>
        <translation>Аларды долбоор катары сактайсызбы, кийинки жолу кулпу ачылганда калыбына келтирүү үчүн шифрленген түрдө калтырасызбы же жокко чыгарасызбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="319"/>
        <source>Keep for &amp;later</source>
        <translation>Кийинкиге &amp;калтыруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="320"/>
        <source>Discard &amp;changes</source>
        <translation>Өзгөртүүлөрдү &amp;таштоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="321"/>
        <source>Keep &amp;editing</source>
        <translation>Түзөтүүнү &amp;улантуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="350"/>
        <source>New record: {kind}</source>
        <translation>Жаңы жазуу: {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="353"/>
        <source>final</source>
        <translation>акыркы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="353"/>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="354"/>
        <source>{kind} — revision {revision}, {status}</source>
        <translation>{kind} — {revision}-версия, {status}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="360"/>
        <source>* required for a final record. A draft may be incomplete.</source>
        <translation>* — акыркы нуска үчүн милдеттүү. Долбоор толук эмес болушу мүмкүн.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="362"/>
        <source>Save as &amp;final</source>
        <translation>Акыркы нуска катары &amp;сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="363"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="371"/>
        <source>Restored: content from {time} that was not saved yet.</source>
        <translation>Калыбына келтирилди: {time} абалындагы сактала элек мазмун.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="378"/>
        <source>This record was changed since you started editing; saving will make a new revision on top of it.</source>
        <translation>Сиз түзөтүп баштагандан бери бул жазуу өзгөртүлгөн; сактасаңыз, анын үстүнө жаңы версия түзүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="385"/>
        <source>The record you were editing is no longer there; saving will make a new record with this content.</source>
        <translation>Сиз түзөткөн жазуу мындан ары жок; сактасаңыз, ушул мазмун менен жаңы жазуу түзүлөт.</translation>
    </message>
</context>
<context>
    <name>RecordMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="104"/>
        <source>Add photos and files to the record</source>
        <extracomment>The location a photo&apos;s GPS position fills, per kind.</extracomment>
        <translation>Жазууга сүрөттөрдү жана файлдарды кошуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="110"/>
        <source>Add a folder (with its subfolders) to the record</source>
        <translation>Жазууга папканы (ичиндеги папкалары менен) кошуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="122"/>
        <source>They are attached to this record.</source>
        <translation>Алар ушул жазууга тиркелди.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="124"/>
        <source>They will be attached to this record when you save it.</source>
        <translation>Жазууну сактаганыңызда алар ага тиркелет.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="62"/>
        <source>Kind</source>
        <extracomment>The picker&apos;s size: wide enough for a title, a kind and a place side by side.</extracomment>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="63"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="64"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="65"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="331"/>
        <source>The list could not be read.</source>
        <translation>Тизмени окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="335"/>
        <source>Searching…</source>
        <translation>Изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="335"/>
        <source>Reading…</source>
        <translation>Окулууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="353"/>
        <source>Choose records</source>
        <translation>Жазууларды тандоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="354"/>
        <source>Words from any field</source>
        <translation>Каалаган талаадагы сөздөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="355"/>
        <source>Every kind</source>
        <translation>Бардык түрлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="358"/>
        <source>Show one kind of record only</source>
        <translation>Бир гана түрдөгү жазууларды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="359"/>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="360"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="353"/>
        <source>No record matches the search.</source>
        <extracomment>The first rows a column&apos;s width is measured on. What the date and time columns hold at their widest. A cell&apos;s margins around its text (the style&apos;s, with room to spare). The running bar beside the heading while a list is read on the worker. ``(kind, search or None, deleted ones instead, order, descending)`` → the list (None while the vault is locked). The record to select once the list being read has arrived.</extracomment>
        <translation>Издөөгө дал келген жазуу жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="355"/>
        <source>No deleted records here.</source>
        <translation>Бул жерде өчүрүлгөн жазуулар жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="358"/>
        <source>No records yet in “{kind}”.</source>
        <translation>«{kind}» бөлүмүндө азырынча жазуулар жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="360"/>
        <source>Press New (Ctrl+N) to add the first one.</source>
        <translation>Биринчисин кошуу үчүн «Жаңы жазуу» (Ctrl+N) басыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="365"/>
        <source>The list could not be read.</source>
        <translation>Тизмени окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="368"/>
        <source>Searching…</source>
        <translation>Издөө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="371"/>
        <source>Ordering the list…</source>
        <translation>Тизме иреттелүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="376"/>
        <source>&amp;Search:</source>
        <translation>Из&amp;дөө:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="377"/>
        <source>Words from any field (Ctrl+F)</source>
        <translation>Каалаган талаадагы сөздөр (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="378"/>
        <source>Show &amp;deleted</source>
        <translation>Өчүрүлгөндөрдү &amp;көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="380"/>
        <source>List the deleted records instead; their history can still be opened</source>
        <translation>Анын ордуна өчүрүлгөн жазууларды көрсөтүү; алардын тарыхын дагы эле ачууга болот</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="75"/>
        <source>Title</source>
        <extracomment>Rows asked of the source at a time (a 1366×768 screen shows about 20). The order (see ``fieldreport.storage.record_list.ORDERS``) a click on each column asks for. ``(offset, limit)`` → that slice of the list, in its order.</extracomment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="76"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="77"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="78"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="79"/>
        <source>Last saved</source>
        <translation>Акыркы сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="80"/>
        <source>Sync</source>
        <translation>Шайкештирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="86"/>
        <source>Final</source>
        <translation>Акыркы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="87"/>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="97"/>
        <source>Synced</source>
        <translation>Шайкештирилди</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="99"/>
        <source>On its way (bundle {bundle})</source>
        <translation>Жолдо (пакет {bundle})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="103"/>
        <source>On its way (bundle {bundle}, waiting for the receipt)</source>
        <translation>Жолдо (пакет {bundle}, тастыктама күтүлүүдө)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="106"/>
        <source>Not yet sent</source>
        <translation>Жөнөтүлө элек</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="334"/>
        <source>Deleted</source>
        <extracomment>The roles ``data()`` answers; Qt asks each cell for a dozen. A click on a header: the list in that order (``ORDER_OF``), descending or not. id → the bundle carrying the record&apos;s latest revision (receipt awaited). The rows are deleted records (shown from &quot;Show deleted&quot;): their status says so.</extracomment>
        <translation>Өчүрүлгөн</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="190"/>
        <location filename="../../fieldreport/ui/central/record_view.py" line="423"/>
        <source>Select a record to read it.</source>
        <translation>Окуу үчүн жазууну тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="245"/>
        <source>Revision {revision} of {count}, saved {saved}</source>
        <translation>{count} версиянын {revision}-версиясы, сакталган: {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="251"/>
        <source>This revision deleted the record on its device. It still shows what the record held when it was deleted.</source>
        <translation>Бул версия жазууну өз түзмөгүндө өчүргөн. Анда жазуу өчүрүлгөн учурдагы мазмуну көрүнүп турат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="264"/>
        <source>Photos and files: {count} (Enter or a double click opens one)</source>
        <translation>Сүрөттөр жана файлдар: {count} (Enter же эки жолу басуу ачат)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="268"/>
        <source>No photos or files attached.</source>
        <translation>Сүрөт же файл тиркелген эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="289"/>
        <source>Alarm {number}: {what} ({item})</source>
        <translation>Эскертүү {number}: {what} ({item})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="293"/>
        <source>acknowledged</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="295"/>
        <source>Alarms</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="304"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="305"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="306"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="308"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="310"/>
        <source>{sequence}, received {received}</source>
        <translation>{sequence}, кабыл алынган: {received}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="317"/>
        <source>Custody-log entry</source>
        <translation>Сактоо журналынын жазуусу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="326"/>
        <source>Where it came from</source>
        <translation>Кайдан келди</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="337"/>
        <source>Links</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="338"/>
        <source>This record names</source>
        <translation>Бул жазуу шилтеме кылат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="339"/>
        <source>Named by</source>
        <translation>Ага шилтеме кылгандар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="343"/>
        <source>{id} (not received at the centre)</source>
        <translation>{id} (борборго келе элек)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="347"/>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="361"/>
        <source>Every revision</source>
        <translation>Бардык версиялар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="364"/>
        <source>Revision {revision}, saved {saved}, {status}: </source>
        <translation>{revision}-версия, сакталган: {saved}, {status}: </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="393"/>
        <source>{revision} of {count}</source>
        <translation>{count} ичинен {revision}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="399"/>
        <source>Re&amp;vision:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="400"/>
        <source>Show &amp;names and contacts</source>
        <translation>Аттарды жана &amp;байланыштарды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="402"/>
        <source>Names and contacts are personal data; they stay masked unless you need them.</source>
        <translation>Аттар жана байланыштар — жеке маалымат; алар керек болгонго чейин жашырылып турат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="404"/>
        <source>&amp;Back</source>
        <translation>А&amp;ртка</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="405"/>
        <source>Evidence package…</source>
        <translation>Далилдер топтому…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="408"/>
        <source>Export an evidence package: a folder an investigator can verify offline, with the records&apos; revisions, original photos and files, and their signed custody logs. Select several rows in the list (Shift+arrows, Ctrl+Space) for one package of them all (Ctrl+Shift+E)</source>
        <translation>Далилдер пакетин экспорттоо: тергөөчү тармаксыз текшере ала турган папка, анда жазуулардын редакциялары, түп нуска сүрөттөр жана файлдар, алардын кол коюлган сактоо чынжырынын журналдары бар. Баарына бир пакет алуу үчүн тизмеден бир нече сапты тандаңыз (Shift+жебелер, Ctrl+Боштук) (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="414"/>
        <source>Hand over…</source>
        <translation>Өткөрүп берүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="417"/>
        <source>Hand this record over to another approved device (a replaced laptop); signed and logged</source>
        <translation>Бул жазууну башка бекитилген түзмөккө өткөрүп берүү (ноутбук алмаштырылганда); чечимге кол коюлуп, журналга жазылат</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="146"/>
        <source>Photos and files</source>
        <extracomment>The navigation row of the photos and files, after the record kinds. The navigation row of the Sync page.</extracomment>
        <translation>Сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="148"/>
        <source>Sync</source>
        <translation>Шайкештирүү</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="101"/>
        <source>share {n}</source>
        <translation>{n}-үлүш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="118"/>
        <source>Share files</source>
        <translation>Үлүш файлдары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="145"/>
        <source>Recover with shares</source>
        <translation>Үлүштөр менен калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="148"/>
        <source>Type or paste the words of each share, with an empty line between shares, or add the share files. Enough shares open the vault; then choose a new passphrase.</source>
        <translation>Ар бир үлүштүн сөздөрүн териңиз же чаптаңыз, үлүштөрдүн ортосуна бош сап калтырыңыз, же үлүш файлдарын кошуңуз. Жетиштүү үлүштөр сактагычты ачат; андан кийин жаңы сырсөз тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="153"/>
        <source>The shares&apos; &amp;words:</source>
        <translation>Үлүштөрдүн &amp;сөздөрү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="154"/>
        <source>&amp;Add share files…</source>
        <translation>Үлүш &amp;файлдарын кошуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="155"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="156"/>
        <source>&amp;Repeat it:</source>
        <translation>Кайта&amp;лаңыз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="157"/>
        <source>Opening the vault…</source>
        <translation>Сактагыч ачылууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="158"/>
        <source>Rec&amp;over</source>
        <translation>&amp;Калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="159"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
</context>
<context>
    <name>RecoveryActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="29"/>
        <source>FieldReport recovery share {index} of {shares}</source>
        <translation>FieldReport калыбына келтирүү үлүшү: {shares} ичинен {index}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="32"/>
        <source>Any {threshold} of the {shares} shares open the vault and set a new passphrase (Forgot the passphrase? at the unlock screen, or fieldreport-cli recovery restore).</source>
        <translation>{shares} үлүштүн каалаган {threshold} үлүшү сактагычты ачып, жаңы сырсөз коёт (кулпуну ачуу экранындагы «Сырсөздү унуттуңузбу?» же fieldreport-cli recovery restore).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="37"/>
        <source>SECRET. Whoever holds {threshold} shares can open the vault. Keep each share in a different safe place, never with the laptop, and do not photograph it.</source>
        <translation>ЖАШЫРУУН. {threshold} үлүшкө ээ болгон адам сактагычты ача алат. Ар бир үлүштү өзүнчө коопсуз жерде сактаңыз, эч качан ноутбук менен бирге эмес, жана сүрөткө тартпаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="42"/>
        <source>The {count} words, in this order:</source>
        <translation>{count} сөз, ушул тартипте:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="45"/>
        <source>Made {made}. A new split replaces this one: its shares stop working.</source>
        <translation>Түзүлгөн күнү: {made}. Жаңы топтом мунун ордун басат: анын үлүштөрү иштебей калат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="80"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="104"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="132"/>
        <source>Recovery shares</source>
        <translation>Калыбына келтирүү үлүштөрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="81"/>
        <source>{folder} already holds {count} share file(s). Replace them?</source>
        <translation>{folder} ичинде үлүш файлдары бар ({count}). Алмаштырылсынбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="106"/>
        <source>Wrote {shares} shares into {folder}: share-NN.txt holds the words, share-NN.pdf a sheet to print. Any {threshold} of them open the vault; shares made earlier no longer do.</source>
        <translation>{folder} ичине {shares} үлүш жазылды: share-NN.txt — сөздөр, share-NN.pdf — басып чыгаруу үчүн барак. Алардын каалаган {threshold} үлүшү сактагычты ачат; мурун түзүлгөн үлүштөр мындан ары иштебейт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="114"/>
        <source>These files are secret: whoever holds enough of them opens the vault. Print them, give each to a different trusted person or place, never keep them with the laptop, then delete the files from this computer.</source>
        <translation>Бул файлдар жашыруун: алардын жетиштүүсүнө ээ болгон адам сактагычты ачат. Аларды басып чыгарып, ар бирин башка ишенимдүү адамга же жерге бериңиз, эч качан ноутбук менен бирге сактабаңыз, андан кийин файлдарды бул компьютерден өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="122"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="135"/>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="159"/>
        <source>The vault was recovered: it now opens with the new passphrase.</source>
        <translation>Сактагыч калыбына келтирилди: эми ал жаңы сырсөз менен ачылат.</translation>
    </message>
</context>
<context>
    <name>RecoverySplitDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="85"/>
        <source>Folder for the share files</source>
        <translation>Үлүш файлдары үчүн папка</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="92"/>
        <source>Choose a folder for the share files.</source>
        <translation>Үлүш файлдары үчүн папка тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="97"/>
        <source>Recovery shares</source>
        <translation>Калыбына келтирүү үлүштөрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="100"/>
        <source>If the passphrase is forgotten, enough recovery shares open the vault and set a new one. Each share is a list of 20 words, saved as a text file and as a sheet to print. Fewer shares than the number needed reveal nothing. Making new shares retires the old ones.</source>
        <translation>Сырсөз унутулса, жетиштүү калыбына келтирүү үлүштөрү сактагычты ачып, жаңы сырсөз коёт. Ар бир үлүш — 20 сөздөн турган тизме, текст файлы жана басып чыгаруу үчүн барак катары сакталат. Керектүүдөн аз үлүштөр эч нерсе ачпайт. Жаңы үлүштөр эскилерин жокко чыгарат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="106"/>
        <source>&amp;Shares to make:</source>
        <translation>&amp;Канча үлүш түзүү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="107"/>
        <source>Shares &amp;needed to open:</source>
        <translation>&amp;Ачуу үчүн керектүү үлүштөр:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="108"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="109"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="112"/>
        <source>The share files are secret: whoever holds enough of them can open the vault. Print them, give each to a different trusted person or place, never keep them with the laptop, then delete the files.</source>
        <translation>Үлүш файлдары жашыруун: алардын жетиштүүсүнө ээ болгон адам сактагычты ача алат. Аларды басып чыгарып, ар бирин башка ишенимдүү адамга же жерге бериңиз, эч качан ноутбук менен бирге сактабаңыз, андан кийин файлдарды өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="117"/>
        <source>&amp;Make shares</source>
        <translation>Үлүштөрдү тү&amp;зүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="118"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
</context>
<context>
    <name>RestoreActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="46"/>
        <location filename="../../fieldreport/ui/restore_actions.py" line="89"/>
        <source>Choose the backup file</source>
        <translation>Камдык көчүрмө файлын тандаңыз</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="64"/>
        <source>The backup was restored. Unlock it with the vault passphrase in use when the backup was made.</source>
        <translation>Камдык көчүрмө калыбына келтирилди. Аны көчүрмө жасалган учурдагы сактагычтын сырсөзү менен ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="149"/>
        <source>Restoring the backup…</source>
        <translation>Камдык көчүрмө калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="160"/>
        <source>The backup replaced the vault. Unlock it with the vault passphrase in use when the backup was made.</source>
        <translation>Камдык көчүрмө сактагычты алмаштырды. Аны көчүрмө жасалган учурдагы сактагычтын сырсөзү менен ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="172"/>
        <source>The backup could not be put in place; the vault is as it was. {error}</source>
        <translation>Камдык көчүрмөнү ордуна коюу мүмкүн болгон жок; сактагыч мурдагыдай калды. {error}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="66"/>
        <source>Type the backup passphrase.</source>
        <translation>Көчүрмөнүн сырсөзүн териңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="84"/>
        <source>Restore from a backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="87"/>
        <source>The backup {file} is to replace this vault, in {folder}. Type the backup&apos;s own passphrase: the backup is opened and checked first, and nothing changes until you have seen what would be lost and confirmed.</source>
        <translation>{file} камдык көчүрмөсү {folder} ичиндеги бул сактагычты алмаштырат. Көчүрмөнүн өз сырсөзүн териңиз: адегенде көчүрмө ачылып, текшерилет, эмне жоголорун көрүп, ырастамайынча эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="93"/>
        <source>The backup {file} becomes this laptop&apos;s vault, in {folder}. Nothing else is replaced: if that folder holds other files, nothing is restored. The restored vault opens with the vault passphrase in use when the backup was made. Type the backup&apos;s own passphrase to open it.</source>
        <translation>{file} камдык көчүрмөсү бул ноутбуктун сактагычы болот, {folder} ичинде. Башка эч нерсе алмаштырылбайт: ал папкада башка файлдар болсо, эч нерсе калыбына келтирилбейт. Калыбына келтирилген сактагыч көчүрмө жасалган учурдагы сырсөз менен ачылат. Көчүрмөнү ачуу үчүн анын өз сырсөзүн териңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="99"/>
        <source>Backup &amp;passphrase:</source>
        <translation>Көчүрмөнүн &amp;сырсөзү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="100"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Көчүрмө чечмеленип, текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="101"/>
        <source>&amp;Open the backup</source>
        <translation>Көчүрмөнү &amp;ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="102"/>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="63"/>
        <source>You have an unsaved form from {time}. Restore it to go on where you left off, or discard it.</source>
        <extracomment>Stronger than the demo banner&apos;s yellow: this one asks for a decision.</extracomment>
        <translation>Сизде {time} абалындагы сакталбаган форма бар. Токтогон жериңизден улантуу үчүн аны калыбына келтириңиз же таштаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="68"/>
        <source>You have %n unsaved forms, the latest from {time}. Restore them to go on where you left off, or discard them.</source>
        <translation>
            <numerusform>Сизде %n сакталбаган форма бар, акыркысы {time} абалында. Токтогон жериңизден улантуу үчүн аларды калыбына келтириңиз же таштаңыз.</numerusform>
            <numerusform>Сизде %n сакталбаган форма бар, акыркысы {time} абалында. Токтогон жериңизден улантуу үчүн аларды калыбына келтириңиз же таштаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="74"/>
        <source>R&amp;estore</source>
        <translation>Ка&amp;лыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="75"/>
        <source>Dis&amp;card…</source>
        <translation>&amp;Таштоо…</translation>
    </message>
</context>
<context>
    <name>RestoreOverQuestion</name>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="22"/>
        <source>The backup does not say when it was made: everything saved in this vault since then is lost.</source>
        <translation>Көчүрмө качан жасалганын айтпайт: андан бери бул сактагычта сакталгандын баары жоголот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="28"/>
        <source>Nothing was saved in this vault since the backup was made.</source>
        <translation>Көчүрмө жасалгандан бери бул сактагычта эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="32"/>
        <source>Saved in this vault since the backup was made, and lost for good: {created} new record(s), {changed} changed record(s), {media} photo(s) or file(s), with whatever of them the organisation has not received.</source>
        <translation>Көчүрмө жасалгандан бери бул сактагычта сакталып, биротоло жоголот: жаңы жазуулар — {created}, өзгөртүлгөн жазуулар — {changed}, сүрөттөр же файлдар — {media}, алардын ичинен уюм али ала элек нерселер да.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="41"/>
        <source>Forms still open are closed and their unsaved changes are lost too.</source>
        <translation>Ачык формалар жабылат, алардагы сакталбаган өзгөртүүлөр да жоголот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="45"/>
        <source>This vault is kept aside until the backup is in place, then destroyed. The restored vault opens with the vault passphrase in use when the backup was made.</source>
        <translation>Бул сактагыч көчүрмө ордуна коюлганга чейин четке сакталат, андан кийин жок кылынат. Калыбына келтирилген сактагыч көчүрмө жасалган учурдагы сырсөз менен ачылат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="57"/>
        <source>Replace this vault with the backup?</source>
        <translation>Бул сактагычты камдык көчүрмө менен алмаштырасызбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="62"/>
        <source>Replace this vault with the backup made on {when}?</source>
        <translation>Бул сактагычты {when} жасалган камдык көчүрмө менен алмаштырасызбы?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="76"/>
        <source>Restore over this vault</source>
        <translation>Бул сактагычтын ордуна калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="80"/>
        <source>&amp;Replace the vault</source>
        <translation>Сактагычты &amp;алмаштыруу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="84"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>RevisionTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="23"/>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="24"/>
        <source>Saved</source>
        <translation>Сакталган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="25"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="26"/>
        <source>Change</source>
        <translation>Өзгөрүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="69"/>
        <source>Deleted</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="71"/>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="72"/>
        <source>Edited</source>
        <translation>Өзгөртүлгөн</translation>
    </message>
</context>
<context>
    <name>RevisionView</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="42"/>
        <source>Other data</source>
        <translation>Башка маалыматтар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="43"/>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="44"/>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="46"/>
        <source>changed</source>
        <extracomment>Marks a field whose value differs from the previous revision&apos;s.</extracomment>
        <translation>өзгөртүлгөн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="48"/>
        <source>before:</source>
        <extracomment>Put before the previous revision&apos;s value of a changed field.</extracomment>
        <translation>мурда:</translation>
    </message>
</context>
<context>
    <name>RunningDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/running_dialog.py" line="82"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="107"/>
        <source>Safety</source>
        <translation>Коопсуздук</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="108"/>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="113"/>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="121"/>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="109"/>
        <source>&amp;Panic shortcut:</source>
        <translation>&amp;Дабыл баскычтары:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="111"/>
        <source>Pressing it while the app is open erases this vault at once, without asking.</source>
        <translation>Колдонмо ачык турганда аларды басуу бул сактагычты дароо, суроосуз өчүрөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="114"/>
        <source>Erase after &amp;wrong passphrases in a row:</source>
        <translation>Катары менен &amp;ушунча туура эмес сырсөздөн кийин өчүрүү:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="117"/>
        <source>Protects this laptop only: a copy of its disk has its own count. A correct passphrase starts the count again.</source>
        <translation>Ушул ноутбукту гана коргойт: анын дискинин көчүрмөсүнүн өз эсеби бар. Туура сырсөз эсепти кайра баштайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="123"/>
        <source>Remove from this laptop &amp;days after the organisation confirmed them:</source>
        <translation>&amp;Ноутбуктан уюм тастыктагандан ушунча күн өткөндө алып салуу:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="125"/>
        <source>Remove c&amp;onfirmed records…</source>
        <translation>Тастыкталган жазуула&amp;рды алып салуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="126"/>
        <source>&amp;Erase this vault…</source>
        <translation>Бул сактагычты ө&amp;чүрүү…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="191"/>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="216"/>
        <source>The passphrase was changed.</source>
        <translation>Сырсөз өзгөртүлдү.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="202"/>
        <source>&amp;Close</source>
        <translation>Жа&amp;буу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="203"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="204"/>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="205"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="206"/>
        <source>Lock &amp;automatically after (minutes idle):</source>
        <translation>&amp;Аракетсиз канча мүнөттөн кийин кулпулансын:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="207"/>
        <source>Change the passphrase</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="208"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Учурдагы &amp;сырсөз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="209"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="210"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Жаңы сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="211"/>
        <source>C&amp;hange passphrase</source>
        <translation>Сырсөздү &amp;өзгөртүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="212"/>
        <source>Reco&amp;very shares…</source>
        <translation>Калыбына келтирүү &amp;үлүштөрү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="213"/>
        <source>Duress pa&amp;ssphrase…</source>
        <translation>&amp;Мажбурлоо сырсөзү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="214"/>
        <source>Changing the passphrase…</source>
        <translation>Сырсөз өзгөртүлүүдө…</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="116"/>
        <source>Welcome to FieldReport</source>
        <translation>FieldReport программасына кош келиңиз</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="119"/>
        <source>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that you can remember: without it nobody, not even you, can open the records.</source>
        <translation>Сиз жазгандардын баары ушул компьютерде шифрленген түрдө сакталат. Эсиңизде кала турган, бир нече сөздөн турган сырсөз тандаңыз: ансыз эч ким, атүгүл сиз да, жазууларды ача албайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="125"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="126"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="127"/>
        <source>&amp;Show the passphrase</source>
        <translation>Сырсөздү &amp;ачык көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="129"/>
        <source>The encrypted vault will be kept in: {folder}</source>
        <translation>Шифрленген сактагыч бул папкада сакталат: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="133"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Шифрленген сактагычты түзүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="134"/>
        <source>Or restore from a &amp;backup…</source>
        <translation>Же камдык көчүрмөдөн ка&amp;лыбына келтириңиз…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="135"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>Шифрленген сактагыч түзүлүүдө. Бул бир нече секундга созулат…</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="30"/>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="31"/>
        <source>kB</source>
        <translation>кБ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="32"/>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="33"/>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
</context>
<context>
    <name>StoreRecordsPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="206"/>
        <source>Searching…</source>
        <translation>Изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="207"/>
        <source>Sho&amp;w every record</source>
        <translation>Бардык жаз&amp;ууларды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="211"/>
        <source>Name or caption</source>
        <translation>Файлдын аты же жазуусу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="212"/>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="214"/>
        <source>Records</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="210"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="180"/>
        <source>— the records behind “{figure}”</source>
        <extracomment>Widths that fit the list&apos;s short columns at 1366×768 (titles and places get the rest).</extracomment>
        <translation>— «{figure}» негизделген жазуулар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="213"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="168"/>
        <source>{shown} of {total} records</source>
        <translation>Жазуулар: {total} ичинен {shown}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="198"/>
        <source>{shown} photos and files</source>
        <translation>Сүрөттөр жана файлдар: {shown}</translation>
    </message>
</context>
<context>
    <name>SyncActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="92"/>
        <source>This device cannot sync over the network yet: it needs to join an organisation, have its certificate installed and know the server&apos;s address.</source>
        <translation>Бул түзмөк азырынча тармак аркылуу шайкештире албайт: уюмга кошулуу, сертификатты орнотуу жана сервердин дарегин билүү керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="121"/>
        <source>Server address</source>
        <translation>Сервердин дареги</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="122"/>
        <source>The organisation&apos;s sync server (https://…). Leave empty to use the address from the provisioning file{provisioned}.</source>
        <translation>Уюмдун шайкештирүү сервери (https://…). Жөндөө файлындагы даректи колдонуу үчүн бош калтырыңыз{provisioned}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="160"/>
        <source>Open the provisioning file</source>
        <translation>Уюмдун жөндөө файлын ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="181"/>
        <source>Save the enrollment request</source>
        <translation>Кошулуу өтүнүчүн сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="212"/>
        <source>Joined {org}. The enrollment request is in {path}. Give it to your coordinator and read them this device&apos;s fingerprint.</source>
        <translation>{org} уюмуна кошулдуңуз. Кошулуу өтүнүчү бул жерде: {path}. Аны координаторуңузга бериңиз жана ага бул түзмөктүн ачкычынын изин окуп бериңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="218"/>
        <source>You agreed to key escrow: your backups also carry this vault&apos;s key for the organisation.</source>
        <translation>Сиз ачкычты сактоого берүүгө макул болдуңуз: камдык көчүрмөлөрүңүз бул сактагычтын уюм үчүн ачкычын да камтыйт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="229"/>
        <source>Open the certificate</source>
        <translation>Сертификатты ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="242"/>
        <source>Certificate {serial} installed: the organisation has approved this device.</source>
        <translation>{serial} сертификаты орнотулду: уюм бул түзмөктү бекитти.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="261"/>
        <source>Choose a folder or a removable drive for the bundle</source>
        <translation>Пакет үчүн папканы же алынма дискти тандоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="294"/>
        <location filename="../../fieldreport/ui/sync_actions.py" line="305"/>
        <source>Nothing to send yet: the vault holds nothing new.</source>
        <translation>Азырынча жөнөтө турган эч нерсе жок: сактагычта жаңы эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="297"/>
        <source>Nothing to send again: the organisation has confirmed everything this device exported (the last receipt is for bundle {sequence}), and nothing is new.</source>
        <translation>Кайра жөнөтө турган эч нерсе жок: уюм бул түзмөк экспорттогондун баарын тастыктады (акыркы тастыктама {sequence}-пакет үчүн), жаңы эч нерсе да жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="309"/>
        <source>Nothing new to send; bundle {sequence} was received and receipted.</source>
        <translation>Жөнөтө турган жаңы эч нерсе жок; {sequence}-пакет кабыл алынып, ага тастыктама берилген.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="313"/>
        <source>Nothing new since bundle {sequence}, which still waits for its receipt. It was written to {path}. Take that file to the organisation again if it was lost.</source>
        <translation>{sequence}-пакеттен бери жаңы эч нерсе жок, ал пакеттин тастыктамасы али келе элек. Ал бул жерге жазылган: {path}. Эгер пакет жоголуп кетсе, ошол файлды уюмга кайра жеткириңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="319"/>
        <source>Bundle {sequence} written to {path} ({items} items, {size} bytes).</source>
        <translation>{sequence}-пакет бул жерге жазылды: {path} ({items} элемент, {size} байт).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="328"/>
        <source>It carries everything the organisation has not confirmed yet and replaces the bundles written from {sequence} on: a lost one need not be found.</source>
        <translation>Анда уюм али тастыктай элек нерселердин баары бар жана ал {sequence}-пакеттен баштап жазылган пакеттердин ордун басат: жоголгон пакетти издөөнүн кереги жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="334"/>
        <source>This device has no certificate yet: the organisation keeps the bundle until it approves the device.</source>
        <translation>Бул түзмөктүн али сертификаты жок: уюм түзмөктү бекиткенге чейин пакетти сактап турат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="345"/>
        <source>Open the receipt</source>
        <translation>Тастыктаманы ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="363"/>
        <source>The receipt for bundle {sequence} was imported before; nothing changed.</source>
        <translation>{sequence}-пакеттин тастыктамасы мурун импорттолгон; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="368"/>
        <source>Receipt for bundle {sequence} verified: {records} records are now synced.</source>
        <translation>{sequence}-пакеттин тастыктамасы текшерилди: {records} жазуу шайкештирилди.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="194"/>
        <source>This device has not joined an organisation. Open the provisioning file your coordinator gave you; then save the enrollment request and hand it over.</source>
        <translation>Бул түзмөк али эч бир уюмга кошула элек. Координаторуңуз берген уюмдун жөндөө файлын ачыңыз, андан соң кошулуу өтүнүчүн сактап, аны координаторго тапшырыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="201"/>
        <source>Joined {org}; waiting for approval. Read the fingerprint below to the coordinator, then install the certificate they give you.</source>
        <translation>{org} уюмуна кошулду; бекитүү күтүлүүдө. Төмөнкү ачкычтын изин координаторго окуп бериңиз, андан соң ал берген сертификатты орнотуңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="208"/>
        <source>Joined {org}, but the organisation has revoked this device (its server said so on {date}): its bundles are refused. Ask the coordinator.</source>
        <translation>{org} уюмуна кошулду, бирок уюм бул түзмөктү чакырып алды (анын сервери {date} ушундай деп билдирди): анын пакеттери кабыл алынбайт. Координаторго кайрылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="214"/>
        <source>Joined {org}; approved (certificate {serial}, {date}).</source>
        <translation>{org} уюмуна кошулду; бекитилди ({serial} сертификаты, {date}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="322"/>
        <source>Nothing waits to be sent.</source>
        <translation>Жөнөтүүнү күткөн эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="230"/>
        <source>Last bundle: none yet.</source>
        <translation>Акыркы пакет: азырынча жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="233"/>
        <source>Last bundle: {sequence}, {date}, receipted.</source>
        <translation>Акыркы пакет: {sequence}, {date}, тастыктамасы алынды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="235"/>
        <source>Last bundle: {sequence}, {date}, receipted. Written to {path}</source>
        <translation>Акыркы пакет: {sequence}, {date}, тастыктамасы алынды. Жазылган жери: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="238"/>
        <source>Last bundle: {sequence}, {date}, waiting for its receipt. Written to {path}</source>
        <translation>Акыркы пакет: {sequence}, {date}, тастыктамасы күтүлүүдө. Жазылган жери: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="251"/>
        <source>Last receipt: none yet.</source>
        <translation>Акыркы тастыктама: азырынча жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="254"/>
        <source>Last receipt: for bundle {sequence}, received {date}.</source>
        <translation>Акыркы тастыктама: {sequence}-пакет үчүн, {date} алынган.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="265"/>
        <source>Organisation&apos;s log: checkpoint of {size} entries verified.</source>
        <translation>Уюмдун журналы: {size} жазуудан турган текшерүү чекити текшерилди.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="279"/>
        <source>The checkpoint the sync server sent ({offered} entries) does not extend the one this device kept ({kept} entries): entries were changed or removed.</source>
        <translation>Шайкештирүү сервери жөнөткөн текшерүү чекити ({offered} жазуу) бул түзмөк сактаган чекитти ({kept} жазуу) улантпайт: жазуулар өзгөртүлгөн же өчүрүлгөн.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="284"/>
        <source>The checkpoint that came with the receipt for bundle {bundle} ({offered} entries) is smaller than the one this device kept ({kept} entries): entries were removed.</source>
        <translation>{bundle}-пакеттин тастыктамасы менен келген текшерүү чекити ({offered} жазуу) бул түзмөк сактаганынан ({kept} жазуу) кичине: жазуулар өчүрүлгөн.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="290"/>
        <source>The checkpoint that came with the receipt for bundle {bundle} ({offered} entries) does not extend the one this device kept ({kept} entries): entries were changed or removed.</source>
        <translation>{bundle}-пакеттин тастыктамасы менен келген текшерүү чекити ({offered} жазуу) бул түзмөк сактаган чекитти ({kept} жазуу) улантпайт: жазуулар өзгөртүлгөн же өчүрүлгөн.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="298"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier.</source>
        <translation>Эскертүү: уюмдун журналында ал мурда тастыктаган нерселер мындан ары жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="307"/>
        <source>Tell your coordinator (first seen {date}). Nothing on this computer was deleted, and that receipt was not applied: its records stay waiting to be confirmed.</source>
        <translation>Координаторуңузга кабарлаңыз (биринчи жолу {date} байкалган). Бул компьютерде эч нерсе өчүрүлгөн жок, ал тастыктама колдонулган жок: анын жазуулары тастыктоону күтүп турат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="327"/>
        <source>Not yet sent — records: {records}.</source>
        <translation>Жөнөтүлө элек — жазуулар: {records}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="329"/>
        <source>Nothing new to send: do not export again.</source>
        <translation>Жөнөтө турган жаңы эч нерсе жок: кайра экспорттобоңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="333"/>
        <source>On its way (bundle {bundles}, waiting for the receipt) — records: {records}.</source>
        <translation>Жолдо (пакет {bundles}, тастыктама күтүлүүдө) — жазуулар: {records}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="342"/>
        <source>Not yet confirmed by a receipt — photos and files: {media}; saved changes: {entries}.</source>
        <translation>Тастыктама менен ырастала элек — сүрөттөр жана файлдар: {media}; сакталган өзгөртүүлөр: {entries}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="349"/>
        <source>Sync with the organisation</source>
        <translation>Уюм менен шайкештирүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="350"/>
        <source>Organisation and this device</source>
        <translation>Уюм жана бул түзмөк</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="351"/>
        <source>Sending records</source>
        <translation>Жазууларды жөнөтүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="352"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Уюмга кошулуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="354"/>
        <source>Open the provisioning file, then save the enrollment request</source>
        <translation>Уюмдун жөндөө файлын ачуу, андан соң кошулуу өтүнүчүн сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="356"/>
        <source>Install the &amp;certificate…</source>
        <translation>Сертификатты &amp;орнотуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="358"/>
        <source>This device&apos;s fingerprint (the coordinator compares it before approving):</source>
        <translation>Бул түзмөктүн ачкычынын изи (координатор бекитүүдөн мурун аны салыштырат):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="360"/>
        <source>E&amp;xport a bundle…</source>
        <translation>Пакетти &amp;экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="362"/>
        <source>Write what is new, encrypted, to a folder or a removable drive</source>
        <translation>Жаңы маалыматты шифрлеп, папкага же алынма дискке жазуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="364"/>
        <source>&amp;Import a receipt…</source>
        <translation>Тастыктаманы &amp;импорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="365"/>
        <source>Back &amp;up the vault…</source>
        <translation>&amp;Сактагычтын камдык көчүрмөсү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="367"/>
        <source>The coordinator explained the change: clear the alarm…</source>
        <translation>Координатор өзгөрүүнү түшүндүрдү: эскертүүнү алып салуу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="370"/>
        <source>Write the whole vault, encrypted, to one file (to restore it later)</source>
        <translation>Бүт сактагычты шифрленген түрдө бир файлга жазуу (кийин калыбына келтирүү үчүн)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="372"/>
        <source>Res&amp;tore over this vault…</source>
        <translation>&amp;Бул сактагычтын ордуна калыбына келтирүү…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="375"/>
        <source>Replace this vault with a backup: what was saved since the backup is lost (you are told what, and asked first)</source>
        <translation>Бул сактагычты камдык көчүрмө менен алмаштыруу: көчүрмөдөн кийин сакталгандар жоголот (адегенде эмне экени айтылып, сизден суралат)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="379"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation>Тастыктала электердин баарын &amp;кайра экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="382"/>
        <source>If a bundle was lost, or its receipt never came: write everything the organisation has not confirmed with a receipt into one new bundle. It replaces the bundles that wait for a receipt.</source>
        <translation>Эгер пакет жоголуп кетсе же анын тастыктамасы келбесе: уюм тастыктама менен ырастай элек нерселердин баарын бир жаңы пакетке жазуу. Ал тастыктама күтүп жаткан пакеттердин ордун басат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="387"/>
        <source>Writing the encrypted bundle…</source>
        <translation>Шифрленген пакет жазылууда…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="88"/>
        <source>Sync: offline</source>
        <translation>Шайкештирүү: байланыш жок</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="91"/>
        <source>Sync: sending {sent} of {total}</source>
        <translation>Шайкештирүү: {total} ичинен {sent} жөнөтүлүүдө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="94"/>
        <source>Sync: syncing…</source>
        <translation>Шайкештирүү: аткарылууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="96"/>
        <source>Sync: waiting to send</source>
        <translation>Шайкештирүү: жөнөтүүнү күтүүдө</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="98"/>
        <source>Sync: up to date</source>
        <translation>Шайкештирүү: баары жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="100"/>
        <source>Sync: needs attention</source>
        <translation>Шайкештирүү: көңүл буруу керек</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="107"/>
        <source>The organisation&apos;s server cannot be reached. Records are kept safely in the vault and are sent when the connection returns.</source>
        <translation>Уюмдун серверине туташуу мүмкүн эмес. Жазуулар сактагычта коопсуз сакталат жана байланыш калыбына келгенде жөнөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="111"/>
        <source>Next try in about {seconds} s.</source>
        <translation>Кийинки аракет болжол менен {seconds} секунддан кийин.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="116"/>
        <source>Sending records to the organisation. You can keep working.</source>
        <translation>Жазуулар уюмга жөнөтүлүүдө. Иштей берсеңиз болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="118"/>
        <source>What you saved goes to the organisation in a moment.</source>
        <translation>Сакталгандар бир аздан кийин уюмга жөнөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="120"/>
        <source>Everything recorded so far has reached the organisation.</source>
        <translation>Ушул убакка чейин жазылгандардын баары уюмга жетти.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="89"/>
        <source>Sync stopped because of an unexpected error. Records are safe in the vault; bundles can still travel on a USB stick. Please tell the coordinator.</source>
        <translation>Шайкештирүү күтүлбөгөн катадан улам токтоду. Жазуулар сактагычта коопсуз; пакеттерди мурдагыдай эле USB-сактагыч менен жеткирсе болот. Координаторго кабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="19"/>
        <source>The organisation has not approved this device yet. Bundles can travel on a USB stick meanwhile; they are imported once it is approved.</source>
        <translation>Уюм бул түзмөктү али жактыра элек. Азырынча пакеттерди USB-сактагыч менен жеткирсе болот; жактырылгандан кийин алар импорттолот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="24"/>
        <source>The organisation has revoked this device: its bundles are refused. Do not send more from it; ask the coordinator.</source>
        <translation>Уюм бул түзмөктү чакырып алды: анын пакеттери кабыл алынбайт. Мындан ары андан жөнөтпөңүз; координаторго кайрылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="29"/>
        <source>The server&apos;s certificate is not the organisation&apos;s: someone may be intercepting this connection. Nothing was sent. Do not sync on this network; tell the coordinator. Bundles can travel on a USB stick.</source>
        <translation>Сервердин сертификаты уюмга таандык эмес: бул байланышты бирөө кармап жатышы мүмкүн. Эч нерсе жөнөтүлгөн жок. Бул тармакта шайкештирбеңиз; координаторго кабарлаңыз. Пакеттерди USB-сактагыч менен жеткирсе болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="35"/>
        <source>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address, or tell the coordinator; bundles can travel on a USB stick.</source>
        <translation>Сервердин сертификатын текшерүү мүмкүн болгон жок. Эч нерсе жөнөтүлгөн жок. Сервердин дарегин текшериңиз же координаторго кабарлаңыз; пакеттерди USB-сактагыч менен жеткирсе болот.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="40"/>
        <source>The server&apos;s receipt for bundle {sequence} did not verify, so it was not installed. The bundle stays on this computer; ask the coordinator.</source>
        <translation>{sequence}-пакет үчүн сервердин квитанциясы текшерүүдөн өткөн жок, ошондуктан орнотулган жок. Пакет ушул компьютерде калат; координаторго кайрылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="45"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier (found with the receipt for bundle {sequence}). Tell your coordinator. The bundle stays on this computer; nothing was deleted.</source>
        <translation>Эскертүү: уюмдун журналында ал мурда тастыктаган нерселер мындан ары жок ({sequence}-пакеттин тастыктамасы менен табылды). Координаторуңузга кабарлаңыз. Пакет ушул компьютерде калат; эч нерсе өчүрүлгөн жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="51"/>
        <source>The server&apos;s checkpoint of the organisation&apos;s log did not verify. Nothing changed on this computer; tell your coordinator.</source>
        <translation>Сервер жөнөткөн уюмдун журналынын текшерүү чекити текшерүүдөн өткөн жок. Бул компьютерде эч нерсе өзгөргөн жок; координаторуңузга кабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="56"/>
        <source>Bundle {sequence} is missing from this computer and the organisation does not have it. Use “Export again everything not yet confirmed” on the Sync page, or ask the coordinator.</source>
        <translation>{sequence}-пакет бул компьютерде жок, уюмда да жок. «Шайкештирүү» бетиндеги «Тастыктала электердин баарын кайра экспорттоо» баскычын колдонуңуз же координаторго кайрылыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="62"/>
        <source>Bundle {sequence} is held at the organisation until an earlier bundle arrives. Bring the missing one on a USB stick, or use “Export again everything not yet confirmed” on the Sync page.</source>
        <translation>{sequence}-пакет мурунку пакет келгенге чейин уюмда кармалып турат. Жетишпегенин USB-сактагыч менен алып келиңиз же «Шайкештирүү» бетиндеги «Тастыктала электердин баарын кайра экспорттоо» баскычын колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="68"/>
        <source>Bundle {sequence} waits at the organisation until this device is approved. Nothing needs to be sent again.</source>
        <translation>{sequence}-пакет бул түзмөк жактырылганга чейин уюмда күтүп турат. Эч нерсени кайра жөнөтүүнүн кереги жок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="73"/>
        <source>The organisation refused bundle {sequence}. It stays on this computer; ask the coordinator what to do.</source>
        <translation>Уюм {sequence}-пакетти четке какты. Ал ушул компьютерде калат; эмне кылуу керектигин координатордон сураңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="78"/>
        <source>The server refused the request. Records are safe in the vault; try again later, and tell the coordinator if it keeps happening.</source>
        <translation>Сервер сурамды четке какты. Жазуулар сактагычта коопсуз; кийинчерээк кайра аракет кылыңыз, кайталана берсе координаторго кабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="96"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier (found with the checkpoint the sync server sent). Tell your coordinator. Nothing was deleted.</source>
        <translation>Эскертүү: уюмдун журналында ал мурда тастыктаган нерселер мындан ары жок (шайкештирүү сервери жөнөткөн текшерүү чекити менен табылды). Координаторуңузга кабарлаңыз. Эч нерсе өчүрүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="378"/>
        <source>Separate tags with commas</source>
        <translation>Белгилерди үтүр менен бөлүңүз</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="95"/>
        <source>FieldReport is locked</source>
        <translation>FieldReport кулпуланган</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="96"/>
        <source>Enter your passphrase to open the records.</source>
        <translation>Жазууларды ачуу үчүн сырсөзүңүздү киргизиңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="97"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="98"/>
        <source>&amp;Unlock</source>
        <translation>Кулпуну &amp;ачуу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="99"/>
        <source>Unlocking…</source>
        <translation>Кулпу ачылууда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="100"/>
        <source>Forgot the passphrase? Recover with &amp;shares…</source>
        <translation>Сырсөздү унуттуңузбу? Ү&amp;лүштөр менен калыбына келтириңиз…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="101"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="12"/>
        <source>This field is required.</source>
        <translation>Бул талаа милдеттүү.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="13"/>
        <source>Unknown record kind.</source>
        <translation>Жазуунун түрү белгисиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="14"/>
        <source>Unknown field.</source>
        <translation>Белгисиз талаа.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="15"/>
        <source>Expected an object.</source>
        <translation>Объект күтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="16"/>
        <source>Expected text.</source>
        <translation>Текст күтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="17"/>
        <source>Expected a list.</source>
        <translation>Тизме күтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="18"/>
        <source>Expected yes or no (true or false).</source>
        <translation>«Ооба» же «жок» күтүлөт (true же false).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="19"/>
        <source>Expected a whole number.</source>
        <translation>Бүтүн сан күтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="20"/>
        <source>Expected a number.</source>
        <translation>Сан күтүлөт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="21"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Өтө узун: эң көбү {max} символ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="22"/>
        <source>Too many items: at most {max}.</source>
        <translation>Элементтер өтө көп: эң көбү {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="23"/>
        <source>Contains invisible control characters.</source>
        <translation>Көрүнбөгөн башкаруучу символдор бар.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="24"/>
        <source>Not one of the allowed values ({allowed}).</source>
        <translation>Уруксат берилген маанилердин бири эмес ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="25"/>
        <source>The same value appears more than once.</source>
        <translation>Бир эле маани бир нече жолу кайталанат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="26"/>
        <source>An item of this list is empty.</source>
        <translation>Тизмедеги бир элемент бош.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="27"/>
        <source>Must not be negative.</source>
        <translation>Терс сан болбошу керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="28"/>
        <source>Must be at most {max}.</source>
        <translation>Эң көбү {max} болушу керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="29"/>
        <source>Not a valid date: use YYYY-MM-DD, or YYYY-MM or YYYY when unsure.</source>
        <translation>Дата туура эмес: ЖЖЖЖ-АА-КК түрүндө жазыңыз, так билбесеңиз — ЖЖЖЖ-АА же ЖЖЖЖ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="32"/>
        <source>Dates before {year} are not accepted.</source>
        <translation>{year}-жылга чейинки даталар кабыл алынбайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="33"/>
        <source>The date is in the future.</source>
        <translation>Бул дата али келе элек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="34"/>
        <source>Ends before it starts ({start}).</source>
        <translation>Аякташы башталышынан ({start}) мурун.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="35"/>
        <source>The assessment is dated before the damage.</source>
        <translation>Баалоо датасы зыян келтирилген датадан мурун.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="38"/>
        <source>Use the two-letter ISO country code in capitals, such as KG or TJ.</source>
        <translation>Өлкөнүн эки тамгалуу ISO кодун баш тамгалар менен жазыңыз, мисалы KG же TJ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="41"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Кеңдик -90 менен 90 аралыгында болушу керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="42"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Узундук -180 менен 180 аралыгында болушу керек.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="43"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Кеңдикти да, узундукту да көрсөтүңүз, же экөөнү тең бош калтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="44"/>
        <source>Not a valid record or media id.</source>
        <translation>Жазуунун же файлдын идентификатору туура эмес.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="45"/>
        <source>A final statement needs the witness&apos;s consent; without it, keep the statement as a draft.</source>
        <translation>Көрсөтмөнүн акыркы нускасы үчүн күбөнүн макулдугу керек; ансыз көрсөтмөнү долбоор катары сактаңыз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="49"/>
        <source>Give the age or the age group.</source>
        <translation>Жашын же курак тобун көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="51"/>
        <source>This settlement is not in the gazetteer; check the spelling.</source>
        <translation>Бул калктуу конуш маалымдамада жок; жазылышын текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="54"/>
        <source>The age group does not match the age given.</source>
        <translation>Курак тобу көрсөтүлгөн жашка дал келбейт.</translation>
    </message>
</context>
<context>
    <name>ViewerPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="95"/>
        <source>Caption saved.</source>
        <translation>Түшүндүрмө сакталды.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="118"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Түшүндүрмө:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="119"/>
        <source>What it shows, without names of people</source>
        <translation>Эмне көрсөтүлгөн, адамдардын атын жазбаңыз</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="120"/>
        <source>&amp;Save caption</source>
        <translation>Түшүндүрмөнү &amp;сактоо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="121"/>
        <source>&amp;Export original…</source>
        <translation>Түп нусканы &amp;экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="123"/>
        <source>Writes the file exactly as it was imported, with its metadata.</source>
        <translation>Файлды метамаалыматтары менен, кошулгандагыдай так сактайт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="125"/>
        <source>Export &amp;without metadata…</source>
        <translation>&amp;Метамаалыматсыз экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="127"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation>Башкаларга берүү үчүн көчүрмө: координаттар, убакыт жана камера тууралуу маалымат алынып салынат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="129"/>
        <source>&amp;Use this position for the record</source>
        <translation>&amp;Координаттарды жазууга киргизүү</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="131"/>
        <source>Fills the record&apos;s latitude and longitude from the photo&apos;s GPS position.</source>
        <translation>Жазуунун кеңдигин жана узундугун сүрөттүн GPS координаттары боюнча толтурат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Өчүрүү…</translation>
    </message>
</context>
</TS>
