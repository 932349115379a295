<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name>AlarmsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="39"/>
        <source>Changed another device&apos;s record or file</source>
        <translation>Сабт ё файли дастгоҳи дигарро тағйир дод</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="41"/>
        <source>Sent a custody log that contradicts an earlier one</source>
        <translation>Журнали нигаҳдориеро фиристод, ки ба пештара мухолиф аст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="45"/>
        <source>Sent a file whose contents do not match the hash it signed</source>
        <translation>Файлеро фиристод, ки мундариҷаи он ба хеше, ки худ имзо кардааст, мувофиқат намекунад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="49"/>
        <source>Sent a custody-log entry whose signature does not verify</source>
        <translation>Сабти журнали нигаҳдориеро фиристод, ки имзои он тасдиқ намешавад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="92"/>
        <source>Alarms</source>
        <translation>Ҳушдорҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="95"/>
        <source>An alarm means a device sent what only a copied key or an altered app sends. Once you have looked into it, acknowledge it: who, when and why are signed into the centre&apos;s custody log, and the alarm stays listed.</source>
        <translation>Ҳушдор маънои онро дорад, ки дастгоҳ чизеро фиристод, ки танҳо калиди нусхабардошта ё барномаи тағйирдодашта мефиристад. Пас аз санҷиш онро тасдиқ кунед: кӣ, кай ва чаро — дар журнали нигаҳдории марказ бо имзо сабт мешавад ва ҳушдор дар рӯйхат мемонад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="102"/>
        <source>Alarm</source>
        <translation>Ҳушдор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="103"/>
        <source>Raised</source>
        <translation>Пайдо шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="104"/>
        <source>Device</source>
        <translation>Дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="105"/>
        <source>What</source>
        <translation>Чӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="106"/>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="109"/>
        <source>Acknowledged &amp;by:</source>
        <translation>&amp;Кӣ қабул кард:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="110"/>
        <source>&amp;Note:</source>
        <translation>&amp;Эзоҳ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="111"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Тасдиқ кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="136"/>
        <source>Acknowledged by {by} on {at}</source>
        <translation>Қабул кард: {by}, {at}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="140"/>
        <source>Open</source>
        <translation>Кушода</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="191"/>
        <source>Alar&amp;ms…</source>
        <translation>Ҳу&amp;шдорҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="193"/>
        <source>List the alarms raised on devices and acknowledge them</source>
        <translation>Нишон додани ҳушдорҳои дар дастгоҳҳо пайдошуда ва тасдиқи онҳо</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="74"/>
        <source>Photos and files ({count})</source>
        <translation>Суратҳо ва файлҳо ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="77"/>
        <source>Add f&amp;iles…</source>
        <translation>Илова кардани &amp;файлҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="78"/>
        <source>Add a folde&amp;r…</source>
        <translation>Илова кардани &amp;ҷузвдон…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="79"/>
        <source>&amp;Open</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="80"/>
        <source>Show the chosen item (Enter)</source>
        <translation>Нишон додани ҷузъи интихобшуда (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="81"/>
        <source>Re&amp;move from this record</source>
        <translation>&amp;Гирифтан аз ин сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="83"/>
        <source>The item stays in the vault, under Photos and files.</source>
        <translation>Ҷузъ дар анбор, дар қисми Суратҳо ва файлҳо мемонад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="85"/>
        <source>Delete from the vault…</source>
        <translation>Нест кардан аз анбор…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="86"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation>Ҷузъро нобуд мекунад (Delete); баргардонидан ғайриимкон аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="88"/>
        <source>No photos or files yet. Add them with the buttons, or drop them here.</source>
        <translation>Ҳоло сурат ё файл нест. Онҳоро бо тугмаҳо илова кунед ё ба ин ҷо кашида оред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="93"/>
        <source>Files are stored encrypted in the vault at once, and attached to this record when you save it. Until then they are listed under Photos and files as not attached.</source>
        <translation>Файлҳо фавран дар анбор рамзгузорӣ шуда нигоҳ дошта мешаванд ва ҳангоми захира кардан ба ин сабт замима мешаванд. То он вақт онҳо дар Суратҳо ва файлҳо ҳамчун замиманашуда нишон дода мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="101"/>
        <source>Files added here are stored encrypted and attached to this record at once (a new revision). Originals are kept unchanged.</source>
        <translation>Файлҳои дар ин ҷо иловашуда рамзгузорӣ шуда нигоҳ дошта мешаванд ва фавран ба ин сабт замима мешаванд (таҳрири нав). Аслҳо бетағйир нигоҳ дошта мешаванд.</translation>
    </message>
</context>
<context>
    <name>BackupActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/backup_actions.py" line="34"/>
        <source>Save the backup as</source>
        <translation>Нусхаи эҳтиётиро ҳамчун чӣ нигоҳ доштан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/backup_actions.py" line="65"/>
        <source>Backup written to {path} ({media} media file(s)). Keep it as carefully as this laptop.</source>
        <translation>Нусхаи эҳтиётӣ ба {path} навишта шуд (файлҳои медиа: {media}). Онро мисли ҳамин ноутбук бодиққат нигоҳ доред.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="61"/>
        <source>At least 10 characters, typed the same in both fields.</source>
        <translation>На камтар аз 10 аломат, дар ҳарду майдон якхела.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="67"/>
        <source>Back up the vault</source>
        <translation>Нусхаи эҳтиётии анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="70"/>
        <source>The backup holds the whole vault, encrypted. Choose a passphrase for it: it opens the backup (and, once this device has joined, so does the organisation). The restored vault opens with this vault&apos;s passphrase.</source>
        <translation>Нусхаи эҳтиётӣ тамоми анборро ба таври рамзгузорӣ дар бар мегирад. Барои он ибораи махфӣ интихоб кунед: он нусхаро мекушояд (пас аз пайвастани ин дастгоҳ ба ташкилот, ташкилот низ онро кушода метавонад). Анбори барқароршуда бо ибораи махфии ҳамин анбор кушода мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="75"/>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Ибораи махфии нусха:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="76"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Такрор кунед:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="77"/>
        <source>&amp;Back up</source>
        <translation>&amp;Нусха гирифтан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="78"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="319"/>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
</context>
<context>
    <name>CentralActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="130"/>
        <source>Save the provisioning file</source>
        <translation>Захира кардани файли танзимот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="142"/>
        <source>The provisioning file is in {path}.</source>
        <translation>Файли танзимот дар {path} аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="157"/>
        <source>Open the enrollment request</source>
        <translation>Кушодани дархости пайвастшавӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="165"/>
        <source>Device {device} asks to join. Its fingerprint is:

{fingerprint}

Approve it only if the device shows exactly the same fingerprint.</source>
        <translation>Дастгоҳи {device} барои пайвастшавӣ дархост медиҳад. Изи ангушти он:

{fingerprint}

Танҳо дар сурате тасдиқ кунед, ки дастгоҳ айнан ҳамин изи ангуштро нишон медиҳад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="171"/>
        <source>Approve this device?</source>
        <translation>Ин дастгоҳро тасдиқ кунем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="175"/>
        <source>Name this device</source>
        <translation>Номи ин дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="176"/>
        <source>A name people will see instead of its id, for example “Monitor 3, Leilek” (it may stay empty):</source>
        <translation>Номе, ки одамон ба ҷои рақами он мебинанд, масалан «Нозири 3, Лейлек» (метавонад холӣ монад):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="186"/>
        <source>Save the certificate</source>
        <translation>Захира кардани шаҳодатнома</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="198"/>
        <source>Approving the device (waits while a bundle is imported)…</source>
        <translation>Дастгоҳ тасдиқ карда мешавад (то воридоти баста интизорӣ)…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="217"/>
        <source>Device {device} approved (certificate {serial}). The certificate is in {path}; give it to the device.</source>
        <translation>Дастгоҳи {device} тасдиқ шуд (шаҳодатномаи {serial}). Шаҳодатнома дар {path} аст; онро ба дастгоҳ диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="256"/>
        <source>Revoke device {device}? Its bundles are refused from now on; this cannot be undone.</source>
        <translation>Дастгоҳи {device}-ро бекор кунем? Аз ҳоло бастаҳои он рад карда мешаванд; инро баргардонидан ғайриимкон аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="261"/>
        <source>Revoke this device?</source>
        <translation>Ин дастгоҳро бекор кунем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="265"/>
        <source>Revoking the device (waits while a bundle is imported)…</source>
        <translation>Дастгоҳ бозхонда мешавад (то воридоти баста интизорӣ)…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="277"/>
        <source>Choose bundle files</source>
        <translation>Интихоби файлҳои баста</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="287"/>
        <location filename="../../fieldreport/ui/central/actions.py" line="297"/>
        <source>Importing…</source>
        <translation>Ворид карда истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="314"/>
        <source>Importing {number} of {total}: {name}</source>
        <translation>Ворид кардани {number} аз {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="340"/>
        <source>Choose a folder for the receipts</source>
        <translation>Ҷузвдонро барои квитансияҳо интихоб кунед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="359"/>
        <source>Receipts written to {folder}: {count}.</source>
        <translation>{count} квитансия ба {folder} навишта шуд.</translation>
    </message>
</context>
<context>
    <name>CentralRecords</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="57"/>
        <source>Kind</source>
        <extracomment>The order (see ``record_search.ORDERS``) a click on each column asks for.</extracomment>
        <translation>Намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="58"/>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="59"/>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="60"/>
        <source>Place</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="61"/>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="62"/>
        <source>Device</source>
        <translation>Дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="63"/>
        <source>Saved</source>
        <translation>Захира шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="180"/>
        <source>deleted</source>
        <extracomment>The roles ``data()`` answers; Qt asks each cell for a dozen per paint.</extracomment>
        <translation>нест карда шуд</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="46"/>
        <source>from device {device}, bundle {bundle} (received {received}), custody-log entry {entry} ({hash}…)</source>
        <translation>аз дастгоҳи {device}, бастаи {bundle} (қабул шуд {received}), сабти журнали нигаҳдорӣ {entry} ({hash}…)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="181"/>
        <source>Choose the central store&apos;s folder</source>
        <translation>Ҷузвдони анбори марказиро интихоб кунед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="300"/>
        <source>FieldReport — central store of {org}</source>
        <translation>FieldReport — анбори марказии {org}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="303"/>
        <source>FieldReport — central store</source>
        <translation>FieldReport — анбори марказӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="305"/>
        <source>&amp;Overview</source>
        <translation>Шарҳи &amp;умумӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="307"/>
        <source>D&amp;uplicates</source>
        <translation>&amp;Такрориҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="308"/>
        <source>&amp;Devices</source>
        <translation>&amp;Дастгоҳҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="309"/>
        <source>&amp;Import bundles</source>
        <translation>&amp;Ворид кардани бастаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="306"/>
        <source>&amp;Records</source>
        <translation>&amp;Сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="312"/>
        <source>E&amp;xport…</source>
        <translation>Содир &amp;кардан…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="314"/>
        <source>Write the chosen records as CSV, Excel, GeoJSON, KML or HXL</source>
        <translation>Навиштани сабтҳои интихобшуда ҳамчун CSV, Excel, GeoJSON, KML ё HXL</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="316"/>
        <source>Re&amp;port…</source>
        <translation>&amp;Гузориш…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="317"/>
        <source>Write a situation report (PDF)</source>
        <translation>Навиштани гузориш оид ба вазъият (PDF)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="318"/>
        <source>&amp;Lock</source>
        <translation>&amp;Қулф кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="319"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Ҳозир қулф кардан (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="320"/>
        <source>&amp;Quit</source>
        <translation>Бар&amp;омадан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="321"/>
        <source>Lock and quit (Ctrl+Q)</source>
        <translation>Қулф кардан ва баромадан (Ctrl+Q)</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="88"/>
        <source>Number</source>
        <translation>Шумора</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="89"/>
        <source>Source (who reported it)</source>
        <translation>Манбаъ (кӣ хабар дод)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Хатогӣ рух дод</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="46"/>
        <source>FieldReport met an unexpected problem. What you saved is safe in the vault. If this happens again, please tell your coordinator; the log file holds details without any record content.</source>
        <translation>FieldReport ба мушкилии ғайричашмдошт дучор шуд. Он чизе, ки шумо захира кардед, дар анбор бехатар аст. Агар ин такрор шавад, лутфан ба ҳамоҳангсози худ хабар диҳед; файли журнал тафсилотро бе мундариҷаи сабтҳо дорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="68"/>
        <source>The central database cannot be reached</source>
        <translation>Пойгоҳи марказии додаҳо дастнорас аст</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="289"/>
        <source>YYYY-MM-DD</source>
        <translation>СССС-ММ-РР</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="290"/>
        <source>Today</source>
        <translation>Имрӯз</translation>
    </message>
</context>
<context>
    <name>DeleteMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="24"/>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="58"/>
        <source>Delete photo or file</source>
        <translation>Нест кардани сурат ё файл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="26"/>
        <source>Delete {name} ({type}) from the vault?</source>
        <translation>{name} ({type})-ро аз анбор нест кунем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="31"/>
        <source>This cannot be undone: its encrypted original, thumbnail and caption are destroyed, and it is removed from every record it is attached to. A signed note of the deletion and of the file&apos;s SHA-256 stays in the vault.</source>
        <translation>Ин амалро бекор кардан мумкин нест: асли рамзгузоришуда, тасвири хурд ва тавзеҳи он нобуд карда мешаванд ва он аз ҳар сабте, ки ба он замима шудааст, гирифта мешавад. Қайди имзошуда дар бораи нест кардан ва SHA-256-и файл дар анбор мемонад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="41"/>
        <source>&amp;Delete</source>
        <translation>Нест &amp;кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="44"/>
        <source>&amp;Keep</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="46"/>
        <source>Revoked</source>
        <translation>Бекор шудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="48"/>
        <source>Requested</source>
        <translation>Дархост шудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="49"/>
        <source>Approved</source>
        <translation>Тасдиқ шудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="148"/>
        <source>Device</source>
        <translation>Дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="149"/>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="150"/>
        <source>Certificate</source>
        <translation>Шаҳодатнома</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="151"/>
        <source>Bundles imported</source>
        <translation>Бастаҳои воридшуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="152"/>
        <source>Alarms</source>
        <translation>Ҳушдорҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="153"/>
        <source>Since</source>
        <translation>Аз</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="154"/>
        <source>Fingerprint</source>
        <translation>Изи ангушт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="157"/>
        <source>&amp;Approve a request…</source>
        <translation>Тасдиқи да&amp;рхост…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="159"/>
        <source>Open an enrollment request, compare its fingerprint, save the certificate</source>
        <translation>Дархости пайвастшавиро кушоед, изи ангуштро муқоиса кунед, шаҳодатномаро захира кунед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="161"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Бекор кардан…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="162"/>
        <source>&amp;Hand its records over…</source>
        <translation>Супоридани &amp;ҳамаи сабтҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="165"/>
        <source>Everything this device sent goes on from another approved device (a replaced laptop); signed and logged</source>
        <translation>Ҳар чизе, ки ин дастгоҳ фиристодааст, минбаъд дастгоҳи дигари тасдиқшуда идома медиҳад (ноутбук иваз шуд); қарор имзо карда шуда, дар журнал сабт мешавад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="169"/>
        <source>Write the provisioning &amp;file…</source>
        <translation>Навиштани &amp;файли танзимот…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="172"/>
        <source>Before approving, compare the fingerprint with the one the device shows on its Sync page. A revoked device&apos;s bundles are refused from then on.</source>
        <translation>Пеш аз тасдиқ, изи ангуштро бо он чизе, ки дастгоҳ дар саҳифаи Ҳамоҳангсозии худ нишон медиҳад, муқоиса кунед. Бастаҳои дастгоҳи бекоршуда аз он вақт рад карда мешаванд.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/desk_controller.py" line="187"/>
        <source>No possible duplicates left to review.</source>
        <translation>Такрориҳои эҳтимолие, ки бояд санҷида шаванд, намондаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/desk_controller.py" line="306"/>
        <source>From {device}, saved {saved}</source>
        <translation>Аз {device}, захира шуд {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="23"/>
        <source>name</source>
        <extracomment>The fields duplicate detection compares, as people read them.</extracomment>
        <translation>ном</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="24"/>
        <source>owner</source>
        <translation>соҳиб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="25"/>
        <source>sex</source>
        <translation>ҷинс</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="26"/>
        <source>age</source>
        <translation>син</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="27"/>
        <source>age group</source>
        <translation>гурӯҳи синнусолӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="28"/>
        <source>what happened</source>
        <translation>чӣ шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="29"/>
        <source>settlement</source>
        <translation>маҳалли аҳолинишин</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="30"/>
        <source>date</source>
        <translation>сана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="31"/>
        <source>property type</source>
        <translation>намуди амвол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="32"/>
        <source>position</source>
        <translation>мавқеъ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="33"/>
        <source>address</source>
        <translation>суроға</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="34"/>
        <source>damage</source>
        <translation>зарар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="41"/>
        <source>the same</source>
        <translation>якхела</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="42"/>
        <source>similar</source>
        <translation>монанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="43"/>
        <source>different</source>
        <translation>фарқ дорад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="44"/>
        <source>not given in both</source>
        <translation>дар ҳарду нишон дода нашудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="51"/>
        <source>names {similarity}% alike</source>
        <translation>номҳо {similarity}% монанданд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="52"/>
        <source>addresses {similarity}% alike</source>
        <translation>суроғаҳо {similarity}% монанданд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="53"/>
        <source>{metres} m apart</source>
        <translation>дар масофаи {metres} м аз якдигар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="73"/>
        <source>Likelihood {score} %. Compared:</source>
        <translation>Эҳтимолият {score} %. Муқоиса шуд:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="171"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Намуд:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="172"/>
        <source>People and property</source>
        <translation>Одамон ва амвол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="173"/>
        <source>People</source>
        <translation>Одамон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="174"/>
        <source>Property</source>
        <translation>Амвол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="175"/>
        <source>Decided pairs &amp;too</source>
        <translation>Ҷуфтҳои &amp;ҳалшуда низ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="176"/>
        <source>Decided &amp;by:</source>
        <translation>Қа&amp;рор кард:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="177"/>
        <source>Kept with every decision, in the centre&apos;s custody log</source>
        <translation>Бо ҳар қарор дар журнали нигаҳдории марказ нигоҳ дошта мешавад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="178"/>
        <source>Show &amp;names and contacts</source>
        <translation>Н&amp;ишон додани номҳо ва тамосҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="179"/>
        <source>The s&amp;ame</source>
        <translation>&amp;Якхела</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="181"/>
        <source>One person or property: counted once in the figures; both records stay</source>
        <translation>Як шахс ё як амвол: дар рақамҳо як бор ҳисоб мешавад; ҳарду сабт мемонанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="183"/>
        <source>Di&amp;fferent</source>
        <translation>&amp;Фарқ доранд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="184"/>
        <source>Undo t&amp;he decision</source>
        <translation>&amp;Бекор кардани қарор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="185"/>
        <source>Looking for possible duplicates…</source>
        <translation>Ҷустуҷӯи такрориҳои эҳтимолӣ…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="188"/>
        <source>Likelihood</source>
        <translation>Эҳтимолият</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="189"/>
        <source>Kind</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="190"/>
        <source>The two records</source>
        <translation>Ду сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="191"/>
        <source>Decision</source>
        <translation>Қарор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="198"/>
        <source>Not reviewed</source>
        <translation>Санҷида нашуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="199"/>
        <source>The same</source>
        <translation>Якхела</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="200"/>
        <source>Different</source>
        <translation>Фарқ доранд</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="179"/>
        <source>Duress passphrase</source>
        <translation>Ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="182"/>
        <source>A duress passphrase opens a second vault, the decoy, instead of this one. Open it with the duress passphrase and fill it with harmless records, so that it looks used. Nothing on this laptop&apos;s disk shows whether a duress passphrase is set.</source>
        <translation>Ибораи махфии маҷбурӣ ба ҷои ин анбор анбори дуюм — анбори фиребандаро мекушояд. Онро бо ибораи махфии маҷбурӣ кушоед ва бо сабтҳои безарар пур кунед, то истифодашуда намояд. Дар диски ин ноутбук ҳеҷ чиз нишон намедиҳад, ки ибораи махфии маҷбурӣ гузошта шудааст ё не.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="189"/>
        <source>No duress passphrase is set.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта нашудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="192"/>
        <source>A duress passphrase is set. Using it erases this vault first.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта шудааст. Истифодаи он аввал ин анборро нест мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="195"/>
        <source>A duress passphrase is set. It opens the decoy.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта шудааст. Он анбори фиребандаро мекушояд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="196"/>
        <source>This vault&apos;s &amp;passphrase:</source>
        <translation>Ибораи махфии &amp;ин анбор:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="197"/>
        <source>&amp;Duress passphrase:</source>
        <translation>Ибораи махфии &amp;маҷбурӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="198"/>
        <source>&amp;Repeat the duress passphrase:</source>
        <translation>&amp;Такрори ибораи махфии маҷбурӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="199"/>
        <source>&amp;Erase the real vault when the duress passphrase is used</source>
        <translation>Ҳангоми истифодаи ибораи махфии маҷбурӣ анбори аслиро &amp;нест кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="202"/>
        <source>Then typing the duress passphrase destroys this vault&apos;s key at once, without asking: what the organisation has not confirmed is lost for good.</source>
        <translation>Он гоҳ воридкунии ибораи махфии маҷбурӣ калиди ин анборро фавран ва бе пурсиш нест мекунад: он чи ташкилот тасдиқ накардааст, абадан гум мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="206"/>
        <source>Working on the key slots…</source>
        <translation>Ҷойҳои калид навсозӣ мешаванд…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="207"/>
        <source>Rep&amp;lace it</source>
        <translation>Иваз &amp;кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="207"/>
        <source>&amp;Set it</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="208"/>
        <source>Re&amp;move it</source>
        <translation>&amp;Хориҷ кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="209"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="212"/>
        <source>The duress passphrase was set.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="214"/>
        <source>The duress passphrase was removed.</source>
        <translation>Ибораи махфии маҷбурӣ хориҷ карда шуд.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/empty_hint.py" line="52"/>
        <source>&amp;New record</source>
        <translation>Сабти &amp;нав</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="65"/>
        <source>ERASE</source>
        <extracomment>Always accepted too, whatever the language: the keyboard may have only Latin letters.</extracomment>
        <translation>НЕСТ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="81"/>
        <source>The organisation has confirmed every record and file in this vault (receipts): nothing unconfirmed will be lost.</source>
        <translation>Ташкилот ҳамаи сабтҳо ва файлҳои ин анборро тасдиқ кардааст (квитансияҳо): ҳеҷ чизи тасдиқнашуда гум намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="85"/>
        <source>Never confirmed by the organisation (no receipt): records: {records}, files: {files}. They exist only on this laptop and will be lost for good.</source>
        <translation>Сабтҳо: {records}, файлҳо: {files} — ташкилот онҳоро ҳеҷ гоҳ тасдиқ накардааст (квитансия нест). Онҳо танҳо дар ҳамин ноутбук ҳастанд ва абадан гум мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="90"/>
        <source>Erase this vault</source>
        <translation>Ин анборро нест кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="93"/>
        <source>Erasing destroys the vault&apos;s key first, then every record, photo, file and unsaved form on this laptop. The app then starts as if newly installed. This cannot be undone.</source>
        <translation>Аввал калиди анбор нест карда мешавад, сипас ҳамаи сабтҳо, суратҳо, файлҳо ва шаклҳои захиранашуда дар ин ноутбук. Пас аз он барнома мисли навнасбшуда оғоз мешавад. Инро бозгардондан мумкин нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="99"/>
        <source>To erase, &amp;type {word}:</source>
        <translation>Барои нест кардан &amp;калимаи {word}-ро нависед:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="100"/>
        <source>&amp;Erase the vault</source>
        <translation>&amp;Анборро нест кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="101"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="22"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Ибораи махфӣ нодуруст аст. Тарҳи клавиатура ва Caps Lock-ро санҷед, баъд бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="26"/>
        <source>The vault files are damaged or were altered. Do not save anything; contact your coordinator.</source>
        <translation>Файлҳои анбор вайрон шудаанд ё тағйир дода шудаанд. Ҳеҷ чиз захира накунед; ба ҳамоҳангсози худ муроҷиат кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="32"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Анбор қулф аст. Аввал онро кушоед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="34"/>
        <source>There is no vault in this folder.</source>
        <translation>Дар ин ҷузвдон анбор нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="36"/>
        <source>A vault already exists in this folder.</source>
        <translation>Дар ин ҷузвдон аллакай анбор мавҷуд аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="38"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск пур аст; ҳеҷ чиз захира нашуд. Ҷой холӣ кунед ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="42"/>
        <source>This record was removed from this laptop after the organisation confirmed it; only its stub is here and it cannot be changed. The organisation holds it.</source>
        <translation>Ин сабт пас аз тасдиқи ташкилот аз ин ноутбук хориҷ карда шуд; дар ин ҷо танҳо нишонаи он монд ва онро тағйир додан мумкин нест. Сабт дар ташкилот нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="48"/>
        <source>Nothing was saved: this record was saved again (in another window or from the command line) since this form opened it. What you typed is still here: copy what you need, close the form without saving, open the record again and redo the change.</source>
        <translation>Ҳеҷ чиз захира нашуд: пас аз кушода шудани ин шакл ин сабт бори дигар захира шуд (дар равзанаи дигар ё аз сатри фармон). Он чи шумо навиштед, ҳоло дар ин ҷост: қисми лозимиро нусха бардоред, шаклро бе захира пӯшед, сабтро аз нав кушоед ва тағйиротро такрор кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="56"/>
        <source>This record was deleted.</source>
        <translation>Ин сабт нест карда шудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="58"/>
        <source>This record no longer exists.</source>
        <translation>Ин сабт дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="60"/>
        <source>Some fields need attention; see the messages beside them.</source>
        <translation>Баъзе майдонҳо диққатро талаб мекунанд; паёмҳои назди онҳоро бинед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="65"/>
        <source>The two passphrases do not match.</source>
        <translation>Ду ибораи махфӣ мувофиқат намекунанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="66"/>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Ибораи махфӣ бояд на камтар аз 10 аломат бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="72"/>
        <source>The central database cannot be reached: the connection was lost or its server is down. Nothing half-done was kept. Once the database server is back, open another tab or change a filter: the window connects again by itself.</source>
        <translation>Пойгоҳи марказии додаҳо дастнорас аст: пайваст қатъ шуд ё сервери он кор намекунад. Ҳеҷ чиз нимкора нигоҳ дошта нашуд. Вақте ки сервери пойгоҳи додаҳо боз кор кунад, варақаи дигарро кушоед ё филтрро иваз кунед: равзана худ аз нав пайваст мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="80"/>
        <source>Something went wrong (a bug: please report it). Nothing was changed.</source>
        <translation>Хатогӣ рух дод (нуқс дар барнома: лутфан хабар диҳед). Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="101"/>
        <source>{share} holds no words.</source>
        <translation>Дар {share} ягон калима нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="102"/>
        <source>No share was given.</source>
        <translation>Ягон ҳисса дода нашуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="103"/>
        <source>{share}: word {position}, &quot;{word}&quot;, is not one of the recovery words; check its spelling against the sheet.</source>
        <translation>{share}: калимаи {position}, «{word}», дар рӯйхати калимаҳои барқарорсозӣ нест; навишташро бо варақ муқоиса кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="108"/>
        <source>{share} has {words} words; a share has 20. Check that no word is missing or doubled.</source>
        <translation>Дар {share} {words} калима ҳаст; ҳисса 20 калима дорад. Санҷед, ки ягон калима нарафтааст ва такрор нашудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="112"/>
        <source>{share} has a mistyped or swapped word (its checksum does not match); compare each word with the sheet.</source>
        <translation>Дар {share} калимаи хато навишташуда ё ҷойивазкарда ҳаст (суммаи назоратӣ мувофиқ нест); ҳар калимаро бо варақ муқоиса кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="117"/>
        <source>{share} is from a different set of shares than {first}: use shares made together.</source>
        <translation>{share} аз маҷмӯи дигари ҳиссаҳост, на аз маҷмӯи {first}: ҳиссаҳоеро истифода баред, ки якҷоя сохта шудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="121"/>
        <source>{share} and {other} claim to be the same share but differ.</source>
        <translation>{share} ва {other} худро як ҳисса нишон медиҳанд, вале фарқ мекунанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="124"/>
        <source>This set needs {needed} different shares to open the vault; {given} given.</source>
        <translation>Барои кушодани анбор аз ин маҷмӯъ {needed} ҳиссаи гуногун лозим аст; дода шуд: {given}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="127"/>
        <source>These shares do not fit together (one was altered).</source>
        <translation>Ин ҳиссаҳо ба ҳамдигар мувофиқ нестанд (яке тағйир дода шудааст).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="130"/>
        <source>This vault has no recovery shares: none were ever made for it.</source>
        <translation>Ин анбор ҳиссаҳои барқарорсозӣ надорад: барояш ҳеҷ гоҳ сохта нашудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="133"/>
        <source>These shares do not open this vault: they belong to another vault, or to an earlier set of shares for this one (new shares retire the old ones).</source>
        <translation>Ин ҳиссаҳо ин анборро намекушоянд: онҳо аз анбори дигар ё аз маҷмӯи пешинаи ҳиссаҳои ҳамин анбор мебошанд (ҳиссаҳои нав кӯҳнаҳоро бекор мекунанд).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="142"/>
        <source>Nothing was changed.</source>
        <translation>Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
</context>
<context>
    <name>EscrowBox</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="47"/>
        <source>Withdraw key escrow</source>
        <translation>Бозгирифтани амонатгузории калид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="48"/>
        <source>Stop giving {org} a key to your backups?</source>
        <translation>Додани калиди нусхаҳои эҳтиётии худро ба {org} қатъ мекунед?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="51"/>
        <source>Backups you make from now on will open only with your backup passphrase.

Backups you made before now still carry the key: the organisation can open those without your passphrase. Delete them if that matters, and make a new backup.</source>
        <translation>Нусхаҳои эҳтиётие, ки аз ҳоло сар карда месозед, танҳо бо ибораи махфии нусхаи эҳтиётӣ кушода мешаванд.

Нусхаҳои эҳтиётии пештар сохташуда ҳанӯз калидро дар бар мегиранд: ташкилот метавонад онҳоро бе ибораи махфии шумо кушояд. Агар ин муҳим бошад, онҳоро нест кунед ва нусхаи эҳтиётии нав созед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="57"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Бозгирифтан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="58"/>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="90"/>
        <source>Key escrow</source>
        <translation>Амонатгузории калид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="94"/>
        <source>Key escrow withdrawn: backups made from now on carry no key for {org}. Backups made before still carry it.</source>
        <translation>Амонатгузории калид бозгирифта шуд: нусхаҳои эҳтиётии аз ҳоло сохташуда калиде барои {org} надоранд. Нусхаҳои пештар сохташуда ҳанӯз онро доранд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="101"/>
        <source>As agreed when joining, your backups also carry this vault&apos;s key for {org}.</source>
        <translation>Тибқи розигии ҳангоми пайвастшавӣ, нусхаҳои эҳтиётии шумо инчунин калиди ин анборро барои {org} доранд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="104"/>
        <source>Wi&amp;thdraw key escrow…</source>
        <translation>&amp;Бозгирифтани амонатгузории калид…</translation>
    </message>
</context>
<context>
    <name>EscrowQuestion</name>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="21"/>
        <source>Key escrow</source>
        <translation>Амонатгузории калид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="23"/>
        <source>{org} asks to hold a key to this vault&apos;s backups. Agree?</source>
        <translation>{org} хоҳиш мекунад, ки калиди нусхаҳои эҳтиётии ин анборро нигоҳ дорад. Розӣ ҳастед?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="28"/>
        <source>If you agree, every backup you make also carries this vault&apos;s key, encrypted to the organisation: its coordinator could then open your backups, and read everything in them, without your passphrase (for example if you forget it).

If you do not agree, only your passphrase opens your backups. Nothing is escrowed unless you agree.</source>
        <translation>Агар розӣ шавед, ҳар нусхаи эҳтиётие, ки месозед, инчунин калиди ин анборро, ки барои ташкилот рамзгузорӣ шудааст, дар бар мегирад: ҳамоҳангсози он метавонад нусхаҳои эҳтиётии шуморо бе ибораи махфии шумо кушояд ва ҳамаи он чиро, ки дар онҳост, хонад (масалан, агар шумо онро фаромӯш кунед).

Агар розӣ нашавед, нусхаҳои эҳтиётии шуморо танҳо ибораи махфии шумо мекушояд. То розӣ нашавед, калид ба касе дода намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="38"/>
        <source>&amp;Yes, escrow the key</source>
        <translation>&amp;Ҳа, калидро супоридан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="71"/>
        <source>Choose where to write the evidence package</source>
        <translation>Интихоб кунед, ки бастаи далелҳо куҷо навишта шавад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="81"/>
        <source>Write names and contacts?</source>
        <translation>Номҳо ва тамосҳоро нависем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="82"/>
        <source>{folder} will hold the names and contacts of witnesses, people affected and owners, in the clear. Anyone who gets the folder can read them, and the people named may be put at risk. Write them only if the investigator needs them and may have them, and keep the folder safe.</source>
        <translation>Дар ҷузвдони {folder} номҳо ва тамосҳои шоҳидон, зарардидагон ва соҳибон ошкоро навишта мешаванд. Ҳар касе, ки ҷузвдонро гирад, онҳоро хонда метавонад ва одамони номбурда метавонанд дар хатар монанд. Онҳоро танҳо вақте нависед, ки ба муфаттиш лозиманд ва ӯ ҳақ дорад онҳоро гирад, ва ҷузвдонро дар ҷои бехатар нигоҳ доред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="131"/>
        <source>Written to {path}: records {records}, revisions {revisions}, photos and files {media}, from {devices} devices. Organisation fingerprint: {fingerprint}.</source>
        <translation>Ба {path} навишта шуд: сабтҳо {records}, таҳрирҳо {revisions}, аксҳо ва файлҳо {media}, аз дастгоҳҳо: {devices}. Изи ангушти созмон: {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="144"/>
        <source>Photos with C2PA Content Credentials: {count}, in data/published.</source>
        <translation>Аксҳо бо тасдиқномаҳои C2PA (Content Credentials): {count}, дар data/published.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="149"/>
        <source>Photos without credentials (see evidence.json): {count}.</source>
        <translation>Аксҳо бе тасдиқнома (ниг. evidence.json): {count}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="108"/>
        <source>{done} of {total} files written</source>
        <translation>{done} аз {total} файл навишта шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="112"/>
        <source>Export evidence package</source>
        <translation>Содироти бастаи далелҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="115"/>
        <source>A folder an investigator can check offline: every revision of the records, the original photos and files bit for bit, each device&apos;s signed custody log, certificates and receipts, signed by the organisation. It is checked with fieldreport-verify or with standard tools (VERIFY.md inside explains how).</source>
        <translation>Ҷузвдоне, ки муфаттиш бе шабака санҷида метавонад: ҳамаи таҳрирҳои сабтҳо, аксҳо ва файлҳои аслӣ бит ба бит, маҷаллаи нигоҳдории имзошудаи ҳар дастгоҳ, шаҳодатномаҳо ва расидҳо, бо имзои созмон. Бо fieldreport-verify ё абзорҳои стандартӣ санҷида мешавад (VERIFY.md дар дохил шарҳ медиҳад, ки чӣ тавр).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="121"/>
        <source>&amp;Records:</source>
        <translation>&amp;Сабтҳо:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="123"/>
        <source>This record</source>
        <translation>Ҳамин сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="124"/>
        <source>The {count} records behind the figure</source>
        <translation>Сабтҳои паси ин рақам ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="127"/>
        <source>The {count} records selected in the list</source>
        <translation>Сабтҳои дар рӯйхат интихобшуда ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="133"/>
        <source>&amp;Summary language:</source>
        <translation>Забони &amp;хулоса:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="134"/>
        <source>&amp;Include names and contacts (identifying data)</source>
        <translation>&amp;Дохил кардани номҳо ва тамосҳо (маълумоти шахсшиносӣ)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="137"/>
        <source>Names and contacts of witnesses, people affected and owners will be written in the clear: anyone who gets the folder can read them. Leave this off unless the investigator needs them and may have them.</source>
        <translation>Номҳо ва тамосҳои шоҳидон, зарардидагон ва соҳибон ошкоро навишта мешаванд: ҳар касе, ки ҷузвдонро гирад, онҳоро хонда метавонад. Агар ба муфаттиш лозим набошанд ё ӯ ҳақ надошта бошад, инро фаъол накунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="142"/>
        <source>&amp;Also photos with C2PA Content Credentials, for publication</source>
        <translation>&amp;Инчунин аксҳо бо тасдиқномаҳои C2PA (Content Credentials), барои нашр</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="145"/>
        <source>A copy of each photo with a C2PA manifest signed by the organisation (capture hash, device, custody entry), which any C2PA reader can check. Unless the box below is ticked, the copy has no metadata (EXIF, GPS position) and the manifest no names or captions.</source>
        <translation>Нусхаи ҳар акс бо манифести C2PA, ки ташкилот имзо кардааст (хеши акс, дастгоҳ, сабти маҷаллаи занҷираи нигоҳдорӣ); онро ҳар барномаи хонандаи C2PA санҷида метавонад. Агар қайди поёнӣ гузошта нашавад, дар нусха метамаълумот (EXIF, мавқеи GPS) ва дар манифест номҳо ва тавзеҳҳо намебошанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="152"/>
        <source>This installation has no c2pa-python package; a coordinator installs it with pip to add C2PA Content Credentials.</source>
        <translation>Дар ин насб бастаи c2pa-python нест; барои илова кардани тасдиқномаҳои C2PA ҳамоҳангсоз онро бо pip насб мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="156"/>
        <source>&amp;Choose the folder and start…</source>
        <translation>Интихоби ҷузвдон ва &amp;оғоз…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="157"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="157"/>
        <source>C&amp;lose</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="135"/>
        <source>Situation report</source>
        <translation>Гузориш оид ба вазъият</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="138"/>
        <source>A PDF for observers and partners: the figures with their ranges, a chart per breakdown, the incidents, and the records behind every figure.</source>
        <translation>PDF барои нозирон ва шарикон: рақамҳо бо доираҳояшон, як диаграмма барои ҳар тақсимот, ҳодисаҳо ва сабтҳое, ки ҳар рақам ба онҳо асос ёфтааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>&amp;Забон:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="146"/>
        <source>Export records</source>
        <translation>Содир кардани сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="149"/>
        <source>The records chosen, for spreadsheets (CSV, Excel), maps (GeoJSON, KML) and humanitarian tools (HXL).</source>
        <translation>Сабтҳои интихобшуда барои ҷадвалҳо (CSV, Excel), харитаҳо (GeoJSON, KML) ва абзорҳои башардӯстона (HXL).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="153"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="155"/>
        <source>CSV (UTF-8), for any spreadsheet</source>
        <translation>CSV (UTF-8), барои ҳар гуна ҷадвал</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="156"/>
        <source>Excel workbook, a sheet per kind</source>
        <translation>Китоби Excel, як варақ барои ҳар намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="157"/>
        <source>GeoJSON, for QGIS and web maps</source>
        <translation>GeoJSON, барои QGIS ва харитаҳои веб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="158"/>
        <source>KML, for Google Earth</source>
        <translation>KML, барои Google Earth</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="159"/>
        <source>HXL-tagged CSV, for HDX tools</source>
        <translation>CSV бо тамғаҳои HXL, барои абзорҳои HDX</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="163"/>
        <source>&amp;Records:</source>
        <translation>&amp;Сабтҳо:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="164"/>
        <source>Every kind</source>
        <translation>Ҳама намудҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="169"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Аз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;То:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="171"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Вилоят:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="172"/>
        <source>&amp;District:</source>
        <translation>&amp;Ноҳия:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="173"/>
        <source>&amp;Settlement:</source>
        <translation>&amp;Маҳалли аҳолинишин:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="175"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty for any</source>
        <translation>СССС-ММ-РР, СССС-ММ ё СССС; холӣ — ҳар кадом</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="177"/>
        <source>Any</source>
        <translation>Ҳар кадом</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="178"/>
        <source>&amp;Include names and contacts (identifying data)</source>
        <translation>&amp;Дохил кардани номҳо ва тамосҳо (маълумоти шахсшиносӣ)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="181"/>
        <source>Names and contacts of witnesses, people affected and owners will be written in the clear: anyone who gets the file can read them. Leave this off unless the recipient needs them and may have them.</source>
        <translation>Номҳо ва тамосҳои шоҳидон, зарардидагон ва соҳибони амвол ошкоро навишта мешаванд: ҳар касе, ки файлро гирад, онҳоро хонда метавонад. Инро хомӯш гузоред, агар гиранда ба онҳо ниёз надошта бошад ё ҳаққи доштани онҳоро надошта бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="186"/>
        <source>&amp;Choose the file and start…</source>
        <translation>&amp;Интихоби файл ва оғоз…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="187"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="187"/>
        <source>C&amp;lose</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="67"/>
        <source>Save the report</source>
        <translation>Захира кардани гузориш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="72"/>
        <source>Save the export</source>
        <translation>Захира кардани файли содиротӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="79"/>
        <source>Write names and contacts?</source>
        <translation>Номҳо ва тамосҳоро нависем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="80"/>
        <source>{file} will hold the names and contacts of witnesses, people affected and owners, in the clear. Anyone who gets the file can read them, and the people named may be put at risk. Write them only if the recipient needs them and may have them, and keep the file safe.</source>
        <translation>Дар {file} номҳо ва тамосҳои шоҳидон, зарардидагон ва соҳибони амвол ошкоро хоҳанд буд. Ҳар касе, ки файлро гирад, онҳоро хонда метавонад ва одамони номбаршуда метавонанд ба хатар дучор шаванд. Онҳоро танҳо он гоҳ нависед, ки гиранда ба онҳо ниёз дорад ва ҳаққи доштани онҳоро дорад, ва файлро дар ҷои бехатар нигоҳ доред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="112"/>
        <source>Stopped before it began; nothing was written.</source>
        <translation>Пеш аз оғоз қатъ шуд; ҳеҷ чиз навишта нашуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="149"/>
        <source>{done} of {total}</source>
        <translation>{done} аз {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="158"/>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="163"/>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="209"/>
        <source>Written to {path}.</source>
        <translation>Ба {path} навишта шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="190"/>
        <source>Export without metadata</source>
        <translation>Содир кардан бе метамаълумот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="192"/>
        <source>Export the original</source>
        <translation>Содир кардани асл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="197"/>
        <source>Exporting…</source>
        <translation>Содир шуда истодааст…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="110"/>
        <source>Date is approximate</source>
        <translation>Сана тахминӣ аст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="111"/>
        <source>Tick when the witness is not sure of the date.</source>
        <translation>Агар шоҳид санаро дақиқ намедонад, қайд кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="118"/>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="120"/>
        <source>A draft may be incomplete; a final record must pass every check.</source>
        <translation>Сиёҳнавис метавонад нопурра бошад; сабти ниҳоӣ бояд ҳамаи санҷишҳоро гузарад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="124"/>
        <source>Tags</source>
        <translation>Тамғаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="125"/>
        <source>Notes</source>
        <translation>Эзоҳҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="129"/>
        <source>Related records</source>
        <translation>Сабтҳои алоқаманд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="130"/>
        <source>For example the incidents a statement describes, or the statement that reports a person.</source>
        <translation>Масалан, ҳодисаҳое, ки изҳорот тасвир мекунад, ё изҳороте, ки дар бораи шахс хабар медиҳад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="139"/>
        <source>Attached media</source>
        <extracomment>Attached media ids: an envelope field managed by the media panel, not by the form.</extracomment>
        <translation>Медиаи замимашуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="149"/>
        <source>Title</source>
        <extracomment>Every envelope field spec (the common fields plus media).</extracomment>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="152"/>
        <source>A short description, without names of people.</source>
        <translation>Тавсифи кӯтоҳ, бе номи одамон.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="157"/>
        <source>Date of the incident</source>
        <translation>Санаи ҳодиса</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="159"/>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="40"/>
        <source>YYYY-MM-DD; YYYY-MM if the day is not known; YYYY if only the year is.</source>
        <extracomment>The date format, explained under every date field whose own help does not already.</extracomment>
        <translation>СССС-ММ-РР; СССС-ММ, агар рӯз маълум набошад; СССС, агар танҳо сол маълум бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="166"/>
        <source>Lasted until</source>
        <translation>Давом кард то</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="167"/>
        <source>Only if the incident lasted more than one day.</source>
        <translation>Танҳо агар ҳодиса зиёда аз як рӯз давом карда бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="170"/>
        <location filename="../../fieldreport/domain/schema.py" line="315"/>
        <source>Location</source>
        <translation>Макон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="174"/>
        <source>Categories</source>
        <translation>Категорияҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="178"/>
        <location filename="../../fieldreport/domain/schema.py" line="353"/>
        <location filename="../../fieldreport/domain/schema.py" line="393"/>
        <source>Description</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="182"/>
        <source>Alleged perpetrators</source>
        <translation>Гумонбаршудагон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="184"/>
        <source>As reported by witnesses; never asserted as fact.</source>
        <translation>Тавре ки шоҳидон хабар доданд; ҳеҷ гоҳ ҳамчун далел тасдиқ карда намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="189"/>
        <source>Reported counts</source>
        <translation>Рақамҳои гузоришшуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="190"/>
        <source>Figures as reported, each with its source.</source>
        <translation>Рақамҳо, тавре ки хабар дода шудаанд, ҳар кадом бо манбаъаш.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="197"/>
        <source>Witness code</source>
        <translation>Рамзи шоҳид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="200"/>
        <source>The pseudonym used everywhere, e.g. W-014. Never the real name.</source>
        <translation>Тахаллусе, ки дар ҳама ҷо истифода мешавад, масалан W-014. Ҳеҷ гоҳ номи аслӣ не.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="207"/>
        <source>Witness full name</source>
        <translation>Ному насаби шоҳид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="214"/>
        <source>Witness contact</source>
        <translation>Тамоси шоҳид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="221"/>
        <location filename="../../fieldreport/domain/schema.py" line="364"/>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="228"/>
        <location filename="../../fieldreport/domain/schema.py" line="375"/>
        <source>Age group</source>
        <translation>Гурӯҳи синнусолӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="232"/>
        <location filename="../../fieldreport/domain/schema.py" line="386"/>
        <source>Place of residence</source>
        <translation>Ҷои зист</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="236"/>
        <source>Role of the witness</source>
        <translation>Нақши шоҳид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="243"/>
        <source>Consent given</source>
        <translation>Розигӣ дода шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="245"/>
        <source>Without the witness&apos;s consent the statement can only be kept as a draft.</source>
        <translation>Бе розигии шоҳид изҳоротро танҳо ҳамчун сиёҳнавис нигоҳ доштан мумкин аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="252"/>
        <source>Consent covers</source>
        <translation>Розигӣ фаро мегирад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="254"/>
        <location filename="../../fieldreport/domain/schema.py" line="261"/>
        <source>Required when consent is given.</source>
        <translation>Ҳангоми додани розигӣ ҳатмист.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="259"/>
        <source>How consent was given</source>
        <translation>Розигӣ чӣ тавр дода шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="263"/>
        <source>Interview date</source>
        <translation>Санаи мусоҳиба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="264"/>
        <source>Interview location</source>
        <translation>Ҷои мусоҳиба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="268"/>
        <source>Interviewer</source>
        <translation>Мусоҳибагар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="275"/>
        <source>Interview language</source>
        <translation>Забони мусоҳиба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="282"/>
        <source>Interpreter</source>
        <translation>Тарҷумон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="288"/>
        <source>Statement</source>
        <translation>Изҳорот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="290"/>
        <source>The statement in the witness&apos;s own words.</source>
        <translation>Изҳорот бо суханони худи шоҳид.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="297"/>
        <source>Type of property</source>
        <translation>Намуди амвол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="304"/>
        <source>Owner name</source>
        <translation>Номи соҳиб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="311"/>
        <source>Owner contact</source>
        <translation>Тамоси соҳиб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="319"/>
        <source>Damage level</source>
        <translation>Дараҷаи зарар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="326"/>
        <source>Causes</source>
        <translation>Сабабҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="330"/>
        <source>Date of the damage</source>
        <translation>Санаи зарар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="335"/>
        <source>Date of the assessment</source>
        <translation>Санаи арзёбӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="341"/>
        <source>Assessor</source>
        <translation>Арзёбикунанда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="345"/>
        <source>Estimated cost</source>
        <translation>Арзиши тахминӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="346"/>
        <source>Livestock lost</source>
        <translation>Чорвои аз даст рафта</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="350"/>
        <source>Households displaced</source>
        <translation>Хонаводаҳои кӯчида</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="359"/>
        <source>What happened to the person</source>
        <translation>Бо шахс чӣ шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="363"/>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="368"/>
        <source>Age</source>
        <translation>Синну сол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="370"/>
        <location filename="../../fieldreport/domain/schema.py" line="377"/>
        <source>Give the age or the age group.</source>
        <translation>Синну сол ё гурӯҳи синнусолиро нишон диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="382"/>
        <source>Civilian</source>
        <translation>Шахси осоишта</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="387"/>
        <source>Date of the event</source>
        <translation>Санаи воқеа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="389"/>
        <source>Place of the event</source>
        <translation>Ҷои воқеа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="394"/>
        <source>Injuries, circumstances.</source>
        <translation>Ҷароҳатҳо, ҳолатҳо.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="30"/>
        <source>People killed</source>
        <translation>Кушташудагон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="31"/>
        <source>People injured</source>
        <translation>Захмиён</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="32"/>
        <source>People missing</source>
        <translation>Бедарак гумшудагон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="33"/>
        <source>People detained or held hostage</source>
        <translation>Боздоштшудагон ё гаравгонҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="34"/>
        <source>People displaced</source>
        <translation>Маҷбуран кӯчонидашудагон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="35"/>
        <source>Houses burned</source>
        <translation>Хонаҳои сӯхташуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="36"/>
        <source>Livestock taken (head)</source>
        <translation>Чорвои рондашуда (сар)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="43"/>
        <source>Species</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="44"/>
        <source>Number of animals</source>
        <translation>Шумораи ҳайвонот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="45"/>
        <source>What happened to them</source>
        <translation>Бо онҳо чӣ шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="49"/>
        <source>Amount</source>
        <translation>Маблағ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="50"/>
        <source>Currency</source>
        <translation>Асъор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="65"/>
        <source>Country (ISO code)</source>
        <translation>Кишвар (рамзи ISO)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="66"/>
        <source>Region</source>
        <translation>Вилоят</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="67"/>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="68"/>
        <source>Settlement</source>
        <translation>Маҳалли аҳолинишин</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="69"/>
        <source>Address or place description</source>
        <translation>Суроға ё тавсифи ҷой</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="70"/>
        <source>Latitude</source>
        <translation>Арзи ҷуғрофӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="71"/>
        <source>Longitude</source>
        <translation>Тӯли ҷуғрофӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="72"/>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="107"/>
        <source>Precision</source>
        <translation>Дақиқӣ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="275"/>
        <source>&amp;Search:</source>
        <translation>&amp;Ҷустуҷӯ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="276"/>
        <source>Words from any field, or a record&apos;s id (Ctrl+F)</source>
        <translation>Калимаҳо аз ҳар майдон ё рақами сабт (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="277"/>
        <source>S&amp;how:</source>
        <translation>&amp;Нишон додан:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="278"/>
        <source>All records</source>
        <translation>Ҳамаи сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="283"/>
        <source>Photos and files</source>
        <translation>Суратҳо ва файлҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="284"/>
        <source>Draft or final</source>
        <translation>Сиёҳнавис ё ниҳоӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="285"/>
        <source>Drafts</source>
        <translation>Сиёҳнависҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="286"/>
        <source>Final</source>
        <translation>Ниҳоӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="287"/>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="288"/>
        <source>Every device</source>
        <translation>Ҳар дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="289"/>
        <source>Device</source>
        <translation>Дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="290"/>
        <source>&amp;From:</source>
        <translation>&amp;Аз:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="291"/>
        <source>to</source>
        <translation>то</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="293"/>
        <source>YYYY-MM-DD</source>
        <translation>СССС-ММ-РР</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="300"/>
        <source>A date, a month (2021-04) or a year; leave empty for any</source>
        <translation>Сана, моҳ (2021-04) ё сол; барои ҳар сана холӣ гузоред</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="301"/>
        <source>&amp;Area:</source>
        <translation>&amp;Минтақа:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="303"/>
        <source>Every region</source>
        <translation>Ҳар вилоят</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="304"/>
        <source>Every district</source>
        <translation>Ҳар ноҳия</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="305"/>
        <source>Every settlement</source>
        <translation>Ҳар маҳалли аҳолинишин</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="311"/>
        <source>Possible duplicat&amp;es only</source>
        <translation>&amp;Эҳтимолан такрорӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="313"/>
        <source>Records in a pair that may be one person or property, not yet reviewed</source>
        <translation>Сабтҳо дар ҷуфте, ки шояд як шахс ё як амвол бошанд ва ҳанӯз санҷида нашудаанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="315"/>
        <source>Deleted &amp;too</source>
        <translation>Нест&amp;шудаҳо низ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="318"/>
        <source>Also list records their device deleted: every revision the centre received is kept, and a deletion may have been forced</source>
        <translation>Сабтҳоеро низ нишон диҳед, ки дастгоҳашон нест кардааст: ҳар таҳрире, ки марказ гирифтааст, нигоҳ дошта мешавад ва нест кардан метавонист маҷбурӣ бошад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="322"/>
        <source>&amp;Clear filters</source>
        <translation>Тоза кардани &amp;филтрҳо</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="71"/>
        <location filename="../../fieldreport/ui/first_start.py" line="103"/>
        <source>Join an organisation</source>
        <translation>Пайваст шудан ба ташкилот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="73"/>
        <source>Join {org}?</source>
        <translation>Ба ташкилоти {org} пайваст мешавед?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="76"/>
        <source>This organisation&apos;s provisioning file came with the app:
{path}

The organisation&apos;s fingerprint:
{fingerprint}

Join only if your coordinator gives you the same fingerprint. You then save an enrollment request for the coordinator. You can also join later on the Sync page.</source>
        <translation>Файли танзимоти ин ташкилот ҳамроҳи барнома омадааст:
{path}

Изи ангушти ташкилот:
{fingerprint}

Танҳо дар сурате пайваст шавед, ки ҳамоҳангсози шумо айнан ҳамин изи ангуштро диҳад. Баъд дархости пайвастшавиро барои ҳамоҳангсоз захира кунед. Баъдтар дар саҳифаи «Ҳамоҳангсозӣ» низ пайваст шудан мумкин аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="86"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ҳа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="89"/>
        <source>&amp;Not now</source>
        <translation>Ҳоло &amp;не</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="105"/>
        <source>The provisioning file that came with the app was refused; nothing was changed.</source>
        <translation>Файли танзимоте, ки ҳамроҳи барнома омад, рад карда шуд; ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="111"/>
        <source>{path}: {reason}

Ask your coordinator for a new provisioning file and join with it on the Sync page.</source>
        <translation>{path}: {reason}

Аз ҳамоҳангсози худ файли танзимоти навро пурсед ва бо он дар саҳифаи «Ҳамоҳангсозӣ» пайваст шавед.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="32"/>
        <source>Records: {records}, photos and files: {media}. They move from “{old}” to “{new}”.

From now on the centre accepts changes to them only from “{new}”; changes from “{old}” are refused, with an alarm. The organisation&apos;s key signs the decision and the centre&apos;s custody log keeps it; it cannot be undone, only handed back.</source>
        <translation>Сабтҳо: {records}, аксҳо ва файлҳо: {media} — аз «{old}» ба «{new}» мегузаранд.

Аз ҳоло марказ тағйиротҳои онҳоро танҳо аз «{new}» қабул мекунад; тағйиротҳо аз «{old}» бо ҳушдор рад карда мешаванд. Қарорро калиди ташкилот имзо мекунад ва он дар журнали нигаҳдории марказ нигоҳ дошта мешавад; онро бекор кардан мумкин нест, танҳо сабтҳоро баргардонда супоридан мумкин аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="77"/>
        <source>The centre does not know which device owns this record.</source>
        <translation>Марказ намедонад, ки ин сабт ба кадом дастгоҳ тааллуқ дорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="96"/>
        <source>No other approved device can take them: approve the new device first (Approve a request…).</source>
        <translation>Дастгоҳи дигари тасдиқшуда, ки онҳоро қабул кунад, нест: аввал дастгоҳи навро тасдиқ кунед (Тасдиқи дархост…).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="103"/>
        <source>Hand over to which device?</source>
        <translation>Ба кадом дастгоҳ супоридан лозим?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="104"/>
        <source>The records of “{old}” go to:</source>
        <translation>Сабтҳои «{old}» мегузаранд ба:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="113"/>
        <source>Hand these records over?</source>
        <translation>Ин сабтҳоро супоридан лозим?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="124"/>
        <source>Handed over to “{new}”: records: {records}, photos and files: {media} (signed decision {id}, entry {seq} of the centre&apos;s custody log).</source>
        <translation>Ба «{new}» супорида шуд: сабтҳо — {records}, аксҳо ва файлҳо — {media} (қарори имзошуда {id}, сабти {seq}-уми журнали нигаҳдории марказ).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="150"/>
        <source>{kind} — revision {revision}, saved {saved}</source>
        <translation>{kind} — таҳрири {revision}, захира шуд {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="156"/>
        <source>This revision deleted the record. It still shows what the record held when it was deleted.</source>
        <translation>Ин таҳрир сабтро нест кард. Он ҳанӯз нишон медиҳад, ки сабт ҳангоми нест шудан чӣ дошт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="192"/>
        <source>Records that link to this one</source>
        <translation>Сабтҳое, ки ба ин сабт ишора мекунанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="220"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="221"/>
        <source>History of the record</source>
        <translation>Таърихи сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="224"/>
        <source>Every save is kept as a revision. Select a revision to see what it held. Revisions cannot be changed.</source>
        <translation>Ҳар захира ҳамчун таҳрир нигоҳ дошта мешавад. Таҳрирро интихоб кунед, то бинед, ки он чӣ дошт. Таҳрирҳоро тағйир додан мумкин нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="228"/>
        <source>Show as &amp;JSON</source>
        <translation>Нишон додан ҳамчун &amp;JSON</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="229"/>
        <source>The revision exactly as stored, with its field keys</source>
        <translation>Таҳрир айнан ҳамон тавре, ки нигоҳ дошта шудааст, бо калидҳои майдонҳояш</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="177"/>
        <source>Looking for files…</source>
        <translation>Ҷустуҷӯи файлҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="183"/>
        <source>File {number} of {total}</source>
        <translation>Файли {number} аз {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="186"/>
        <source>{done} of {total} read and encrypted</source>
        <translation>{done} аз {total} хонда ва рамзгузорӣ шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="192"/>
        <source>Cancelling… the file being read is not kept.</source>
        <translation>Бекор карда истодааст… файле, ки хонда мешавад, нигоҳ дошта намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="207"/>
        <source>Import cancelled. Files stored before it stopped are kept.</source>
        <translation>Ворид кардан бекор шуд. Файлҳое, ки пеш аз қатъ нигоҳ дошта шуданд, боқӣ мемонанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="210"/>
        <source>Import finished.</source>
        <translation>Ворид кардан анҷом ёфт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="211"/>
        <source>Stored, encrypted: {count}</source>
        <translation>Нигоҳ дошта шуд, рамзгузорӣ шуда: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="213"/>
        <source>Already in the vault (not stored twice): {count}</source>
        <translation>Аллакай дар анбор (ду бор нигоҳ дошта намешавад): {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="218"/>
        <source>Refused: {count}</source>
        <translation>Рад шуд: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="228"/>
        <source>Files of other types can be kept as generic documents if they are evidence; FieldReport cannot show them, only export them.</source>
        <translation>Файлҳои намудҳои дигарро, агар далел бошанд, ҳамчун ҳуҷҷатҳои умумӣ нигоҳ доштан мумкин аст; FieldReport онҳоро нишон дода наметавонад, танҳо содир мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="234"/>
        <source>Importing photos and files</source>
        <translation>Ворид кардани суратҳо ва файлҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="235"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="236"/>
        <source>&amp;Keep as generic documents</source>
        <translation>&amp;Нигоҳ доштан ҳамчун ҳуҷҷатҳои умумӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="237"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
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
        <translation>Натиҷа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="235"/>
        <source>Details</source>
        <translation>Тафсилот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="236"/>
        <source>Import &amp;bundle files…</source>
        <translation>Ворид кардани файлҳои &amp;баста…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="237"/>
        <source>&amp;Save receipts…</source>
        <translation>&amp;Захира кардани квитансияҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="239"/>
        <source>Write a signed receipt for every bundle imported here, into a folder</source>
        <translation>Барои ҳар бастае, ки дар ин ҷо ворид шуд, квитансияи имзошуда ба ҷузвдон нависед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="243"/>
        <source>Choose bundle files, or drop them here. Each bundle is checked completely before anything is stored; give the receipts back to the devices.</source>
        <translation>Файлҳои бастаро интихоб кунед ё онҳоро ба ин ҷо кашед. Ҳар баста пеш аз нигоҳ доштани чизе пурра санҷида мешавад; квитансияҳоро ба дастгоҳҳо баргардонед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="247"/>
        <source>Importing…</source>
        <translation>Ворид карда истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="252"/>
        <source>Imported</source>
        <translation>Ворид шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="253"/>
        <source>Already imported</source>
        <translation>Аллакай ворид шудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="254"/>
        <source>Held</source>
        <translation>Дар интизорӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="255"/>
        <source>Quarantined</source>
        <translation>Дар карантин</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="256"/>
        <source>Rejected</source>
        <translation>Рад шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="265"/>
        <source>bundle {sequence} of device {device}: new record revisions: {revisions}, photos and files: {media}, custody-log entries: {entries}</source>
        <translation>бастаи {sequence} аз дастгоҳи {device}: нав — {revisions} таҳрири сабт, {media} сурату файл, {entries} сабти журнали нигаҳдорӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="279"/>
        <source>bundle {sequence} of device {device}: {reason}</source>
        <translation>бастаи {sequence} аз дастгоҳи {device}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="282"/>
        <source>bundle {sequence} of device {device}: nothing changed</source>
        <translation>бастаи {sequence} аз дастгоҳи {device}: ҳеҷ чиз тағйир наёфт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="286"/>
        <source>device {device} is not approved yet; kept until it is</source>
        <translation>дастгоҳи {device} ҳанӯз тасдиқ нашудааст; то тасдиқ нигоҳ дошта мешавад</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="28"/>
        <source>The file cannot be read.</source>
        <translation>Файлро хондан ғайриимкон аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="29"/>
        <source>The bundle is too large ({size} bytes; at most {limit}).</source>
        <translation>Баста хеле калон аст ({size} байт; ҳадди аксар {limit}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="32"/>
        <source>The bundle is damaged or was altered (its encryption or its contents do not check out); nothing was stored.</source>
        <translation>Баста вайрон шудааст ё тағйир дода шудааст (рамзгузорӣ ё мундариҷааш санҷишро намегузарад); ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="37"/>
        <source>The bundle is not addressed to this organisation (it was encrypted to another key), or its header is damaged.</source>
        <translation>Баста ба ин ташкилот нигаронида нашудааст (бо калиди дигар рамзгузорӣ шудааст) ё сарлавҳааш вайрон аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="42"/>
        <source>The bundle is for another organisation.</source>
        <translation>Баста барои ташкилоти дигар аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="43"/>
        <source>The bundle is not signed by device {device}: it was altered or forged.</source>
        <translation>Баста аз ҷониби дастгоҳи {device} имзо нашудааст: тағйир дода ё қалбакӣ сохта шудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="47"/>
        <source>Device {device} was revoked on {revoked_at}; its bundles are refused.</source>
        <translation>Дастгоҳи {device} {revoked_at} бекор карда шуд; бастаҳои он рад карда мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="50"/>
        <source>The bundle is not in the expected format; it was refused. Point at this line for the technical detail.</source>
        <translation>Баста дар формати интизоршуда нест; рад карда шуд. Барои тафсилоти техникӣ ба ин сатр ишора кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="55"/>
        <source>The item {item} is missing from the bundle or does not match its manifest: the bundle was altered or damaged.</source>
        <translation>Ҷузъи {item} дар баста нест ё ба манифести он мувофиқат намекунад: баста тағйир дода ё вайрон шудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="60"/>
        <source>The media item {item} in the bundle is not sealed as its manifest says (its key does not open it, or its length does not fit): the bundle was altered or forged.</source>
        <translation>Файли медиавии {item} дар баста тавре, ки манифести он мегӯяд, мӯҳр карда нашудааст (калиди он онро намекушояд ё дарозии он мувофиқат намекунад): баста тағйир дода ё сохта шудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="65"/>
        <source>The custody log in the bundle does not verify: it was altered, or not signed by the device.</source>
        <translation>Журнали нигаҳдорӣ дар баста санҷишро намегузарад: тағйир дода шудааст ё аз ҷониби дастгоҳ имзо нашудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="70"/>
        <source>The items in the bundle do not match its custody log; it was refused.</source>
        <translation>Ҷузъҳои баста ба журнали нигаҳдории он мувофиқат намекунанд; рад карда шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="74"/>
        <source>{item} already came from another device or with other content; the bundle was refused.</source>
        <translation>{item} аллакай аз дастгоҳи дигар ё бо мундариҷаи дигар омадааст; баста рад карда шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="79"/>
        <source>ALARM: device {device} changed a record or file of device {owner}; the bundle was refused and nothing in it was stored. A device may change only what it created: check device {device}, or hand the records over if they should move to it. ({item})</source>
        <translation>ҲУШДОР: дастгоҳи {device} сабт ё файли дастгоҳи {owner}-ро тағйир дод; баста рад карда шуд ва ҳеҷ чизи он нигоҳ дошта нашуд. Дастгоҳ танҳо он чиро тағйир дода метавонад, ки худаш сохтааст: дастгоҳи {device}-ро санҷед ё агар сабтҳо бояд ба он гузаранд, онҳоро супоред. ({item})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="86"/>
        <source>ALARM: device {device} sent a custody log that contradicts the one imported before. Two different histories exist for one device: its key may have been copied or the device altered. The bundle was refused; keep the file and check the device.</source>
        <translation>ҲУШДОР: дастгоҳи {device} журнали нигаҳдорие фиристод, ки ба журнали қаблан воридшуда мухолиф аст. Барои як дастгоҳ ду таърихи гуногун мавҷуд аст: шояд калиди он нусхабардорӣ ё дастгоҳ тағйир дода шудааст. Баста рад карда шуд; файлро нигоҳ доред ва дастгоҳро санҷед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="93"/>
        <source>The bundle file changed while it was read; import it again.</source>
        <translation>Файли баста ҳангоми хондан тағйир ёфт; онро бори дигар ворид кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="96"/>
        <source>Quarantine is full for device {device}: the bundle was not kept. Approve the device, or discard what waits for it, then import the bundle again.</source>
        <translation>Карантин барои дастгоҳи {device} пур аст: баста нигоҳ дошта нашуд. Дастгоҳро тасдиқ кунед ё он чиро, ки барои он интизор аст, партоед, баъд бастаро бори дигар ворид кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="101"/>
        <source>Bundle {sequence} of device {device} arrived before bundle {missing}; it is kept and will be imported when the missing bundle arrives.</source>
        <translation>Бастаи {sequence} аз дастгоҳи {device} пеш аз бастаи {missing} омад; он нигоҳ дошта мешавад ва ҳангоми омадани бастаи гумшуда ворид карда мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="106"/>
        <source>Bundle {sequence} of device {device} follows a bundle ({previous}…) that has not arrived; it is kept and will be imported when that bundle arrives.</source>
        <translation>Бастаи {sequence} аз дастгоҳи {device} пас аз бастае ({previous}…) меояд, ки ҳанӯз наомадааст; он нигоҳ дошта мешавад ва ҳангоми омадани он баста ворид карда мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="111"/>
        <source>The bundle carries custody-log entries from {first} on, but this store has the device&apos;s entries only up to {head}; it is kept until the bundle in between arrives.</source>
        <translation>Баста сабтҳои журнали нигаҳдориро аз {first} сар карда дорад, аммо ин анбор сабтҳои дастгоҳро танҳо то {head} дорад; то омадани бастаи байнӣ нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="117"/>
        <source>Device {device} is not approved yet; the bundle is kept and will be imported when it is.</source>
        <translation>Дастгоҳи {device} ҳанӯз тасдиқ нашудааст; баста нигоҳ дошта мешавад ва пас аз тасдиқ ворид карда мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="122"/>
        <source>Everything in it (custody-log entries {log_from}–{log_to}) came in another bundle; nothing changed.</source>
        <translation>Ҳама чизи он (сабтҳои журнали нигаҳдорӣ {log_from}–{log_to}) бо бастаи дигар омада буд; ҳеҷ чиз тағйир наёфт.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="95"/>
        <source>Incident</source>
        <extracomment>Maximum length in characters for text types (None: the type&apos;s default). Largest value accepted for an ``int`` (None: no limit).</extracomment>
        <translation>Ҳодиса</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="96"/>
        <source>Witness statement</source>
        <translation>Изҳороти шоҳид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="97"/>
        <source>Damage record</source>
        <translation>Сабти зарар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="98"/>
        <source>Person affected</source>
        <translation>Шахси зарардида</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="101"/>
        <source>Incidents</source>
        <translation>Ҳодисаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="102"/>
        <source>Witness statements</source>
        <translation>Изҳороти шоҳидон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="103"/>
        <source>Damage records</source>
        <translation>Сабтҳои зарар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="104"/>
        <source>People affected</source>
        <translation>Шахсони зарардида</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="162"/>
        <source>Link related records</source>
        <translation>Пайваст кардани сабтҳои алоқаманд</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="141"/>
        <source>Add &amp;link…</source>
        <extracomment>The vault&apos;s records as the picker reads them (None while the vault is locked).</extracomment>
        <translation>Илова кардани пай&amp;ванд…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="142"/>
        <source>Remove link</source>
        <translation>Гирифтани пайванд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="144"/>
        <source>Records that link to this one (change them in their own form):</source>
        <translation>Сабтҳое, ки ба ин сабт ишора мекунанд (онҳоро дар шакли худашон тағйир диҳед):</translation>
    </message>
</context>
<context>
    <name>LivestockEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="163"/>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="202"/>
        <source>Remove</source>
        <translation>Гирифтан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="200"/>
        <source>&amp;Add animals</source>
        <translation>&amp;Илова кардани ҳайвонот</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/location_editor.py" line="190"/>
        <source>Village or town</source>
        <translation>Деҳа ё шаҳр</translation>
    </message>
</context>
<context>
    <name>LogAlarmActions</name>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="25"/>
        <source>Clear the alarm</source>
        <translation>Бекор кардани ҳушдор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="27"/>
        <source>Only if your coordinator has explained why the organisation&apos;s log changed: forget the checkpoint this device kept and take the organisation&apos;s log as it is now as the new start? The alarm stays recorded in this device&apos;s custody log; nothing is deleted.</source>
        <translation>Танҳо агар ҳамоҳангсози шумо фаҳмонда бошад, ки чаро журнали ташкилот тағйир ёфт: нуқтаи назоратеро, ки ин дастгоҳ нигоҳ доштааст, фаромӯш карда, журнали ташкилотро дар ҳолати ҳозирааш ҳамчун оғози нав қабул кунем? Ҳушдор дар журнали нигаҳдории ин дастгоҳ сабт боқӣ мемонад; ҳеҷ чиз нест карда намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="36"/>
        <source>C&amp;lear the alarm</source>
        <translation>&amp;Бекор кардани ҳушдор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation>Бекор к&amp;ардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="61"/>
        <source>The alarm is cleared: the next checkpoint of the organisation&apos;s log is kept as the new start.</source>
        <translation>Ҳушдор бекор карда шуд: нуқтаи назоратии навбатии журнали ташкилот ҳамчун оғози нав нигоҳ дошта мешавад.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="105"/>
        <source>Add photos and files to the vault</source>
        <translation>Илова кардани суратҳо ва файлҳо ба анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="113"/>
        <source>Add a folder (with its subfolders) to the vault</source>
        <translation>Илова кардани ҷузвдон (бо зерҷузвдонҳояш) ба анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="128"/>
        <source>They are listed under Photos and files, not attached to a record.</source>
        <translation>Онҳо дар Суратҳо ва файлҳо нишон дода мешаванд, ба сабт замима нашудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="187"/>
        <source>Attach to a record</source>
        <translation>Замима ба сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="188"/>
        <source>Choose the record to attach them to. Chosen photos and files: {count}</source>
        <translation>Сабтеро интихоб кунед, ки онҳоро ба он замима кунед. Суратҳо ва файлҳои интихобшуда: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="206"/>
        <source>Attached to “{title}”: {count}</source>
        <translation>Ба «{title}» замима шуд: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="233"/>
        <source>Taken off their records: {count}. They stay under Photos and files.</source>
        <translation>Аз сабтҳояшон гирифта шуд: {count}. Онҳо дар Суратҳо ва файлҳо мемонанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="37"/>
        <source>Delete this record? {kind}: “{title}”</source>
        <translation>Ин сабтро нест кунем? {kind}: «{title}»</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="143"/>
        <source>Saved.</source>
        <translation>Захира шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="156"/>
        <source>Delete record</source>
        <translation>Нест кардани сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="159"/>
        <source>It disappears from the lists. Its earlier revisions stay in the history: Records → Show deleted records.</source>
        <translation>Он аз рӯйхатҳо нопадид мешавад. Таҳрирҳои пешинааш дар таърих мемонанд: Сабтҳо → Нишон додани сабтҳои нестшуда.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="168"/>
        <location filename="../../fieldreport/ui/window_actions.py" line="187"/>
        <source>&amp;Delete</source>
        <translation>Нест &amp;кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="171"/>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="160"/>
        <source>&amp;Keep</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="203"/>
        <location filename="../../fieldreport/ui/window.py" line="397"/>
        <source>FieldReport</source>
        <translation>FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="143"/>
        <source>Discard unsaved forms</source>
        <translation>Партофтани шаклҳои захиранашуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="145"/>
        <source>Discard what was typed in the forms that were not saved?</source>
        <translation>Он чиро, ки дар шаклҳои захиранашуда навишта шуда буд, партоем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="150"/>
        <source>It is deleted from the vault and cannot be restored.</source>
        <translation>Он аз анбор нест карда мешавад ва барқарор карда намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="157"/>
        <source>&amp;Discard</source>
        <translation>&amp;Партофтан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="382"/>
        <source>Records: {total} — incidents: {incidents}, statements: {statements}, damage records: {damage}, people: {people}</source>
        <extracomment>Searches and orders no index serves, read on a worker (a connection of its own).</extracomment>
        <translation>Сабтҳо: {total} — ҳодисаҳо: {incidents}, изҳорот: {statements}, сабтҳои зарар: {damage}, одамон: {people}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="393"/>
        <source>This device: {fingerprint}…</source>
        <translation>Ин дастгоҳ: {fingerprint}…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="399"/>
        <source>FieldReport — demo</source>
        <translation>FieldReport — намоишӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="405"/>
        <source>Demo vault with fictional records; it is deleted when you quit. Its passphrase, to try locking and unlocking: {passphrase}</source>
        <translation>Анбори намоишӣ бо сабтҳои тахайюлӣ; ҳангоми баромадан нест карда мешавад. Ибораи махфии он, барои озмудани қулф ва кушодан: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="31"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="181"/>
        <source>&amp;Records</source>
        <translation>&amp;Сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="182"/>
        <source>S&amp;ync</source>
        <translation>&amp;Ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Ёрӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="185"/>
        <source>&amp;New</source>
        <translation>&amp;Нав</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Таҳрир</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="188"/>
        <source>&amp;History</source>
        <translation>Таъ&amp;рих</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="189"/>
        <source>&amp;Find</source>
        <translation>&amp;Ҷустуҷӯ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="190"/>
        <source>Show de&amp;leted records</source>
        <translation>Нишон додани &amp;сабтҳои нестшуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="191"/>
        <source>Add photos and &amp;files…</source>
        <translation>Илова кардани &amp;суратҳо ва файлҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="192"/>
        <source>Add a f&amp;older of photos…</source>
        <translation>Илова кардани ҷуз&amp;вдони суратҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="193"/>
        <source>Show &amp;photos and files</source>
        <translation>Нишон додани суратҳо ва &amp;файлҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="194"/>
        <source>&amp;Attach chosen to a record…</source>
        <translation>&amp;Замима кардани интихобшудаҳо ба сабт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="195"/>
        <source>&amp;Detach chosen</source>
        <translation>&amp;Ҷудо кардани интихобшудаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="196"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Пайваст шудан ба ташкилот…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="197"/>
        <source>Install the &amp;certificate…</source>
        <translation>Насб кардани &amp;шаҳодатнома…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="198"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation>&amp;Боз содир кардани ҳама чизи ҳанӯз тасдиқнашуда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="201"/>
        <source>Ser&amp;ver address…</source>
        <translation>Су&amp;роғаи сервер…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="202"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Танзимот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Қулф кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Баромадан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="205"/>
        <source>Open the Sync &amp;page</source>
        <translation>Кушодани саҳифаи &amp;Ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="206"/>
        <source>E&amp;xport a bundle…</source>
        <translation>Содир &amp;кардани баста…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="207"/>
        <source>&amp;Import a receipt…</source>
        <translation>&amp;Ворид кардани квитансия…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="208"/>
        <source>Sync &amp;now over the network</source>
        <translation>Ҳ&amp;озир ҳамоҳанг кардан тавассути шабака</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="209"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Тугмаҳои тезкор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="210"/>
        <source>&amp;About FieldReport</source>
        <translation>&amp;Дар бораи FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="213"/>
        <source>New record (Ctrl+N)</source>
        <translation>Сабти нав (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="214"/>
        <source>Edit the selected record (Enter)</source>
        <translation>Таҳрири сабти интихобшуда (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="215"/>
        <source>Delete the selected record (Delete)</source>
        <translation>Нест кардани сабти интихобшуда (Delete)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="218"/>
        <source>Earlier revisions of the selected record</source>
        <translation>Таҳрирҳои пешинаи сабти интихобшуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="221"/>
        <source>Search the records (Ctrl+F)</source>
        <translation>Ҷустуҷӯ дар сабтҳо (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="222"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Ҳозир қулф кардан (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="223"/>
        <source>Lock and quit FieldReport (Ctrl+Q)</source>
        <translation>Қулф кардан ва баромадан аз FieldReport (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="304"/>
        <source>Save the form as a draft</source>
        <translation>Захираи шакл ҳамчун сиёҳнавис</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="305"/>
        <source>Save the form as final</source>
        <translation>Захираи шакл ҳамчун ниҳоӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="306"/>
        <source>Close a form or dialog</source>
        <translation>Пӯшидани шакл ё равзана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="314"/>
        <source>Keyboard shortcuts</source>
        <translation>Тугмаҳои тезкор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="327"/>
        <source>About FieldReport</source>
        <translation>Дар бораи FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="330"/>
        <source>FieldReport {version}: encrypted records of incidents, statements, damage and people, for field monitors working offline.</source>
        <translation>FieldReport {version}: сабтҳои рамзгузоришудаи ҳодисаҳо, изҳорот, зарар ва одамон барои нозирони саҳроӣ, ки бе интернет кор мекунанд.</translation>
    </message>
</context>
<context>
    <name>MediaDetails</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="15"/>
        <source>Type</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="16"/>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="17"/>
        <source>Original name</source>
        <translation>Номи аслӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="18"/>
        <source>Imported</source>
        <translation>Ворид шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="19"/>
        <source>Taken</source>
        <translation>Гирифта шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="20"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="21"/>
        <source>Pixels</source>
        <translation>Пикселҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="22"/>
        <source>Position (GPS)</source>
        <translation>Мавқеъ (GPS)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="23"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="24"/>
        <source>Attached to</source>
        <translation>Замима ба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="99"/>
        <source>No record</source>
        <translation>Сабт нест</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="168"/>
        <source>Stored safely. Its thumbnail and details (time, place, camera) are being read.</source>
        <extracomment>``media id`` → thumbnail JPEG bytes, ``b&quot;&quot;`` when none is stored, ``None`` when the vault cannot be asked now (an import is running): asked again at the next paint.</extracomment>
        <translation>Бехатар нигоҳ дошта шуд. Тасвири хурд ва маълумоти он (вақт, ҷой, камера) ҳоло хонда мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="172"/>
        <source>Damaged: {reason} It is kept as it was received.</source>
        <translation>Вайрон: {reason} Он ҳамон тавре, ки гирифта шуд, нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="180"/>
        <source>The image claims far more pixels than any camera makes (a possible decompression bomb); it was not decoded.</source>
        <translation>Тасвир аз он ки ягон камера месозад, хеле бештар пиксел нишон медиҳад (эҳтимолан «бомбаи декомпрессионӣ»); он кушода нашуд.</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="144"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Кушодан дар намоишгар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="145"/>
        <source>E&amp;xport original…</source>
        <translation>&amp;Содир кардани асл…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="147"/>
        <source>Writes the file exactly as the device sent it, with its metadata.</source>
        <translation>Файлро айнан ҳамон тавре, ки дастгоҳ фиристод, бо метамаълумоташ менависад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="149"/>
        <source>Export &amp;without metadata…</source>
        <translation>Содир кардан &amp;бе метамаълумот…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="151"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation>Нусха барои мубодила: мавқеъ, вақт ва камера гирифта мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="159"/>
        <source>The device deleted this file before it was sent: only its description arrived.</source>
        <translation>Дастгоҳ ин файлро пеш аз фиристодан нест кард: танҳо тавсифи он омад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="161"/>
        <source>Received {origin}</source>
        <translation>Қабул шуд {origin}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="167"/>
        <source>Attached to:</source>
        <translation>Замима ба:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="169"/>
        <source>Not attached to any record.</source>
        <translation>Ба ягон сабт замима нашудааст.</translation>
    </message>
</context>
<context>
    <name>MediaSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="126"/>
        <source>Making thumbnails and reading the photos&apos; details: {done} of {total}. The originals are already safe in the vault.</source>
        <extracomment>``(unattached only, search or None)`` → media items.</extracomment>
        <translation>Тасвирҳои хурд сохта ва маълумоти суратҳо хонда мешаванд: {done} аз {total}. Аслҳо аллакай дар анбор бехатар нигоҳ дошта шудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="186"/>
        <source>Nothing matches.</source>
        <translation>Ҳеҷ чиз мувофиқ нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="190"/>
        <source>No photos or files yet. Add them with the buttons above, drop files or folders onto this window, or add them from a record&apos;s form.</source>
        <translation>Ҳоло сурат ё файл нест. Онҳоро бо тугмаҳои боло илова кунед, файлҳо ё ҷузвдонҳоро ба ин равзана кашед, ё аз шакли сабт илова кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="196"/>
        <source>Photos and files</source>
        <translation>Суратҳо ва файлҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="197"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Нишон додан:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="198"/>
        <source>All</source>
        <translation>Ҳама</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="199"/>
        <source>Not attached to a record</source>
        <translation>Ба сабт замима нашудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="200"/>
        <source>&amp;Search:</source>
        <translation>&amp;Ҷустуҷӯ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="201"/>
        <source>Name, caption, camera, date (Ctrl+F)</source>
        <translation>Ном, тавзеҳ, камера, сана (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="202"/>
        <source>Add f&amp;iles…</source>
        <translation>&amp;Илова кардани файлҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="203"/>
        <source>Add a fol&amp;der…</source>
        <translation>Илова кардани ҷуз&amp;вдон…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="204"/>
        <source>&amp;Open</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="205"/>
        <source>Show the chosen item (Enter)</source>
        <translation>Нишон додани ҷузъи интихобшуда (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="206"/>
        <source>&amp;Attach to a record…</source>
        <translation>&amp;Замима ба сабт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="208"/>
        <source>Attach the chosen items (Ctrl+click or Shift+click to choose several)</source>
        <translation>Ҷузъҳои интихобшударо замима кунед (барои интихоби якчандто Ctrl+клик ё Shift+клик)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="210"/>
        <source>De&amp;tach</source>
        <translation>Ҷу&amp;до кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="212"/>
        <source>Take the chosen items off their records; they stay in the vault</source>
        <translation>Ҷузъҳои интихобшударо аз сабтҳояшон гиред; онҳо дар анбор мемонанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="214"/>
        <source>Delete…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="215"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation>Ҷузъро нобуд мекунад (Delete); баргардонидан ғайриимкон аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="217"/>
        <source>Files added here are not attached to a record until you attach them.</source>
        <translation>Файлҳои дар ин ҷо иловашуда то он даме, ки шумо онҳоро замима накунед, ба сабт замима намешаванд.</translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="56"/>
        <source>Its contents are not a supported type (whatever its name ends with). FieldReport keeps photos (JPEG, PNG, HEIC/HEIF, TIFF), audio (WAV, MP3, M4A/AAC, OGG/Opus), video (MP4, MOV) and PDF documents.</source>
        <translation>Мундариҷаи он намуди дастгиришаванда нест (новобаста аз охири номаш). FieldReport суратҳо (JPEG, PNG, HEIC/HEIF, TIFF), аудио (WAV, MP3, M4A/AAC, OGG/Opus), видео (MP4, MOV) ва ҳуҷҷатҳои PDF-ро нигоҳ медорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="63"/>
        <source>It is empty (0 bytes).</source>
        <translation>Он холӣ аст (0 байт).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="65"/>
        <source>The image is damaged or incomplete (truncated).</source>
        <translation>Тасвир вайрон ё нопурра аст (бурида шудааст).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="69"/>
        <source>The image is far larger than any camera makes; it was refused as a possible decompression bomb.</source>
        <translation>Тасвир аз ҳар камера хеле калонтар аст; ҳамчун бомбаи эҳтимолии декомпрессия рад карда шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="92"/>
        <source>Recordings cannot be played in FieldReport. Export the original to listen to it with another program.</source>
        <translation>Сабтҳои овозиро дар FieldReport навохтан мумкин нест. Барои гӯш кардан аслро содир кунед ва бо барномаи дигар кушоед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="98"/>
        <source>Videos cannot be played in FieldReport. Export the original to watch it with another program.</source>
        <translation>Видеоҳоро дар FieldReport навохтан мумкин нест. Барои тамошо аслро содир кунед ва бо барномаи дигар кушоед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="103"/>
        <source>Documents cannot be shown in FieldReport. Export the original to open it with another program.</source>
        <translation>Ҳуҷҷатҳоро дар FieldReport нишон додан мумкин нест. Аслро содир кунед ва бо барномаи дигар кушоед.</translation>
    </message>
</context>
<context>
    <name>MediaType</name>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="25"/>
        <source>JPEG photo</source>
        <translation>Сурати JPEG</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="26"/>
        <source>PNG image</source>
        <translation>Тасвири PNG</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="27"/>
        <source>HEIC photo</source>
        <translation>Сурати HEIC</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="28"/>
        <source>HEIF photo</source>
        <translation>Сурати HEIF</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="29"/>
        <source>TIFF image</source>
        <translation>Тасвири TIFF</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="30"/>
        <source>WAV recording</source>
        <translation>Сабти овозии WAV</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="31"/>
        <source>MP3 recording</source>
        <translation>Сабти овозии MP3</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="32"/>
        <source>M4A recording</source>
        <translation>Сабти овозии M4A</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="33"/>
        <source>AAC recording</source>
        <translation>Сабти овозии AAC</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="34"/>
        <source>OGG recording</source>
        <translation>Сабти овозии OGG</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="35"/>
        <source>Opus recording</source>
        <translation>Сабти овозии Opus</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="36"/>
        <source>MP4 video</source>
        <translation>Видеои MP4</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="37"/>
        <source>MOV video</source>
        <translation>Видеои MOV</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="38"/>
        <source>PDF document</source>
        <translation>Ҳуҷҷати PDF</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="43"/>
        <source>Other file</source>
        <extracomment>A file of any other type, kept only when the person asks for it.</extracomment>
        <translation>Файли дигар</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="153"/>
        <source>There is no preview of this photo.</source>
        <extracomment>``{&quot;lat&quot;, &quot;lon&quot;, &quot;precision&quot;}`` → fills the record form&apos;s location.</extracomment>
        <translation>Пешнамоиши ин сурат нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="203"/>
        <source>{number} of {count}</source>
        <translation>{number} аз {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="260"/>
        <source>Export without metadata</source>
        <translation>Содир кардан бе метамаълумот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="262"/>
        <source>Export the original</source>
        <translation>Содир кардани асл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="267"/>
        <source>Exporting…</source>
        <translation>Содир карда истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="282"/>
        <source>Written to {path}</source>
        <translation>Ба {path} навишта шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="306"/>
        <source>This photo has no position (GPS) in its metadata.</source>
        <translation>Дар метамаълумоти ин сурат мавқеъ (GPS) нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="310"/>
        <source>The record&apos;s position was set to {position}.</source>
        <translation>Мавқеи сабт ба {position} муқаррар карда шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="352"/>
        <source>Photos and files</source>
        <translation>Суратҳо ва файлҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="353"/>
        <source>&amp;Previous</source>
        <translation>&amp;Қаблӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="354"/>
        <source>Left arrow or Page Up</source>
        <translation>Тири чап ё Page Up</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="355"/>
        <source>&amp;Next</source>
        <translation>&amp;Навбатӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="356"/>
        <source>Right arrow or Page Down</source>
        <translation>Тири рост ё Page Down</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="357"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="359"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Калон кардан (+, Ctrl+чархак)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="361"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Хурд кардан (−, Ctrl+чархак)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="362"/>
        <source>Fit</source>
        <translation>Мувофиқ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="363"/>
        <source>Fit the picture to the window (0)</source>
        <translation>Суратро ба равзана мувофиқ кунед (0)</translation>
    </message>
</context>
<context>
    <name>MoneyEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="251"/>
        <source>Amount</source>
        <translation>Маблағ</translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="63"/>
        <source>No server address: the organisation&apos;s provisioning file has none. Bundles travel on a USB stick, or set an address if the coordinator gave you one.</source>
        <translation>Суроғаи сервер нест: файли танзимоти ташкилот онро надорад. Бастаҳо бо флешка мераванд, ё агар ҳамоҳангсоз суроға дода бошад, онро муқаррар кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="70"/>
        <source>Server: {url} (set on this computer)</source>
        <translation>Сервер: {url} (дар ин компютер муқаррар шудааст)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="74"/>
        <source>Server: {url} (from the provisioning file)</source>
        <translation>Сервер: {url} (аз файли танзимот)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="78"/>
        <source>Sending: {sent} of {total}. You can keep working.</source>
        <translation>Фиристода истодааст: {sent} аз {total}. Шумо метавонед корро идома диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="82"/>
        <source>Syncing with the organisation…</source>
        <translation>Ҳамоҳангсозӣ бо ташкилот…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="85"/>
        <source>Offline: the server cannot be reached. Nothing is lost; sync tries again by itself.</source>
        <translation>Офлайн: сервер дастрас нест. Ҳеҷ чиз гум намешавад; ҳамоҳангсозӣ худаш бори дигар кӯшиш мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="89"/>
        <source>New records wait to be sent; they go in a moment.</source>
        <translation>Сабтҳои нав интизори фиристодан ҳастанд; онҳо пас аз лаҳзае мераванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="91"/>
        <source>Up to date: everything recorded so far has reached the organisation.</source>
        <translation>Навсозӣ шудааст: ҳама чизи то ҳол сабтшуда ба ташкилот расидааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="100"/>
        <source>Over the network</source>
        <translation>Тавассути шабака</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="101"/>
        <source>Sync &amp;now</source>
        <translation>Ҳ&amp;озир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="103"/>
        <source>Send what is new to the organisation&apos;s server and fetch receipts</source>
        <translation>Чизҳои навро ба сервери ташкилот фиристед ва квитансияҳоро гиред</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="105"/>
        <source>Ser&amp;ver address…</source>
        <translation>Су&amp;роғаи сервер…</translation>
    </message>
</context>
<context>
    <name>OpenStorePage</name>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="135"/>
        <source>Create the organisation&apos;s central store</source>
        <translation>Сохтани анбори марказии ташкилот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="138"/>
        <source>The central store keeps the organisation&apos;s keys and everything the devices send, encrypted. Without its passphrase nobody can open it.</source>
        <translation>Анбори марказӣ калидҳои ташкилот ва ҳама чизеро, ки дастгоҳҳо мефиристанд, рамзгузорӣ шуда нигоҳ медорад. Бе ибораи махфии он ҳеҷ кас онро кушода наметавонад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="142"/>
        <source>&amp;Create the store</source>
        <translation>&amp;Сохтани анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="143"/>
        <source>Creating the keys and the encrypted store…</source>
        <translation>Сохтани калидҳо ва анбори рамзгузоришуда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="145"/>
        <source>The central store is locked</source>
        <translation>Анбори марказӣ қулф аст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="146"/>
        <source>Enter the passphrase of the central store.</source>
        <translation>Ибораи махфии анбори марказиро ворид кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="147"/>
        <source>&amp;Open</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="148"/>
        <source>Opening…</source>
        <translation>Кушода истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="149"/>
        <source>Folder: {folder}</source>
        <translation>Ҷузвдон: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="150"/>
        <source>Another &amp;folder…</source>
        <translation>&amp;Ҷузвдони дигар…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="151"/>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Номи ташкилот:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="152"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ибораи махфӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="153"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Такрори ибораи махфӣ:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="64"/>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="200"/>
        <source>Households displaced</source>
        <extracomment>The groups of figures: (vocabulary of the keys, the figures&apos; attribute in a tally).</extracomment>
        <translation>Хонаводаҳои маҷбуран кӯчида</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="209"/>
        <source>No incident in this selection reports counts.</source>
        <translation>Дар ин интихоб ягон ҳодиса шумора гузориш намедиҳад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="214"/>
        <source>Possible duplicates not yet reviewed: {count}. Until they are, each of those records counts on its own.</source>
        <translation>Такрориҳои эҳтимолии ҳанӯз насанҷида: {count}. То санҷида шудани онҳо ҳар яке аз ин сабтҳо алоҳида ҳисоб мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="218"/>
        <source>Every possible duplicate in this selection has been reviewed.</source>
        <translation>Ҳамаи такрориҳои эҳтимолӣ дар ин интихоб санҷида шудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="222"/>
        <source>People and property are counted once however many records report them (records marked as the same count once). Groups confirmed as one: {clusters}.</source>
        <translation>Одамон ва амвол як бор ҳисоб мешаванд, новобаста ба он ки дар чанд сабт зикр шудаанд (сабтҳое, ки якхела қайд шудаанд, як бор ҳисоб мешаванд). Гурӯҳҳое, ки ҳамчун як тасдиқ шудаанд: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="226"/>
        <source>Records without a date left out of the period: {count}.</source>
        <translation>Сабтҳои бесана, ки ба давра дохил нашудаанд: {count}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="242"/>
        <source>Open the records behind this number ({count})</source>
        <translation>Кушодани {count} сабте, ки ин рақам ба онҳо асос ёфтааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="251"/>
        <source>possible duplicates unreviewed: {count}</source>
        <translation>такрориҳои эҳтимолии насанҷида: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="268"/>
        <source>sources: {count}</source>
        <translation>манбаъҳо: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="341"/>
        <source>People (each person counted once)</source>
        <translation>Одамон (ҳар шахс як бор ҳисоб мешавад)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="342"/>
        <source>As incidents reported them (ranges where sources disagree)</source>
        <translation>Тибқи гузоришҳои ҳодисаҳо (доираҳо, ки манбаъҳо мувофиқат намекунанд)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="343"/>
        <source>Property, by the worst damage reported</source>
        <translation>Амвол, аз рӯи вазнинтарин зарари гузоришшуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="344"/>
        <source>Property, by type</source>
        <translation>Амвол, аз рӯи намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="345"/>
        <source>Livestock and households</source>
        <translation>Чорво ва хонаводаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="349"/>
        <source>Counting…</source>
        <translation>Ҳисоб шуда истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="350"/>
        <source>Re&amp;view duplicates…</source>
        <translation>Сан&amp;ҷиши такрориҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="351"/>
        <source>C&amp;hart:</source>
        <translation>Диаг&amp;рамма:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="352"/>
        <source>By settlement</source>
        <translation>Аз рӯи маҳалҳои аҳолинишин</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="353"/>
        <source>By date</source>
        <translation>Аз рӯи санаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="360"/>
        <source>No date</source>
        <translation>Бесана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="362"/>
        <source>Place unknown</source>
        <translation>Ҷой номаълум</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="21"/>
        <source>Too short: use at least 10 characters.</source>
        <translation>Хеле кӯтоҳ: на камтар аз 10 аломат истифода баред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="37"/>
        <source>Weak: add more words.</source>
        <translation>Заиф: калимаҳои бештар илова кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="40"/>
        <source>Fair: a few more words make it strong.</source>
        <translation>Миёна: чанд калимаи дигар онро қавӣ мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="43"/>
        <source>Good.</source>
        <translation>Хуб.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="44"/>
        <source>Strong.</source>
        <translation>Қавӣ.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <location filename="../../fieldreport/domain/present.py" line="20"/>
        <source>(untitled)</source>
        <translation>(бе сарлавҳа)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/problem_banner.py" line="28"/>
        <source>Fields that need attention: {count}</source>
        <translation>Майдонҳое, ки диққатро талаб мекунанд: {count}</translation>
    </message>
</context>
<context>
    <name>PurgeActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="42"/>
        <source>Remove confirmed records</source>
        <translation>Хориҷ кардани сабтҳои тасдиқшуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="46"/>
        <source>Nothing to remove: no record or file that the organisation confirmed is left on this laptop.</source>
        <translation>Чизе барои хориҷ кардан нест: дар ин ноутбук ягон сабт ё файли тасдиқкардаи ташкилот намондааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="53"/>
        <source>&amp;OK</source>
        <translation>&amp;Хуб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="58"/>
        <source>Remove {records} record(s) and {files} file(s) that the organisation confirmed (receipts) from this laptop? Only stubs stay in the lists (held by the organisation); the organisation keeps them. Work not yet confirmed stays. This cannot be undone.</source>
        <translation>Сабтҳо ({records}) ва файлҳое ({files}), ки ташкилот тасдиқ кардааст (квитансияҳо), аз ин ноутбук хориҷ карда шаванд? Дар рӯйхатҳо танҳо нишонаҳо мемонанд («Дар ташкилот нигоҳ дошта мешавад»); ташкилот онҳоро нигоҳ медорад. Чизҳои тасдиқнашуда мемонанд. Инро бозгардондан мумкин нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Хориҷ кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="71"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="90"/>
        <source>Removed {records} record(s) and {files} file(s).</source>
        <translation>Хориҷ карда шуд: сабтҳо — {records}, файлҳо — {files}.</translation>
    </message>
</context>
<context>
    <name>ReadingIndicator</name>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="81"/>
        <source>Stopped. Change a filter to read again.</source>
        <translation>Қатъ шуд. Барои аз нав хондан филтрро тағйир диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="84"/>
        <source>{what} {done} of {total}</source>
        <translation>{what} {done} аз {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="93"/>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="94"/>
        <source>Stop reading (Esc)</source>
        <translation>Қатъ кардани хондан (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="29"/>
        <source>Witness</source>
        <extracomment>Headings shown above the fields of each group object.</extracomment>
        <translation>Шоҳид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="30"/>
        <source>Consent</source>
        <translation>Розигӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="31"/>
        <source>Interview</source>
        <translation>Мусоҳиба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="32"/>
        <source>Owner</source>
        <translation>Соҳиб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="34"/>
        <source>Tags, notes and links</source>
        <translation>Тамғаҳо, эзоҳҳо ва пайвандҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="35"/>
        <source>Personal data: never shown in lists and left out of anonymised exports.</source>
        <translation>Маълумоти шахсӣ: ҳеҷ гоҳ дар рӯйхатҳо нишон дода намешавад ва ба содироти беном дохил намешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="44"/>
        <source>Settlement is required: type the village or town (choose it from the list if it is there).</source>
        <extracomment>A final record&apos;s place needs its settlement: say which part is missing.</extracomment>
        <translation>Маҳалли аҳолинишин ҳатмист: деҳа ё шаҳрро нависед (агар дар рӯйхат бошад, аз он интихоб кунед).</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="306"/>
        <source>Unsaved changes</source>
        <extracomment>The revision the unsaved content was started on (kept across restores).</extracomment>
        <translation>Тағйироти захиранашуда</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="307"/>
        <source>This record has changes that are not saved.</source>
        <translation>Ин сабт тағйироти захиранашуда дорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="308"/>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="361"/>
        <source>Save &amp;draft</source>
        <translation>Захира ҳамчун &amp;сиёҳнавис</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="311"/>
        <source>Save them as a draft, or discard them?</source>
        <translation>Онҳоро ҳамчун сиёҳнавис захира кунем ё партоем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="315"/>
        <source>Save them as a draft, keep them encrypted to restore after the next unlock, or discard them?</source>
        <translation>Онҳоро ҳамчун сиёҳнавис захира кунем, барои барқарор кардан пас аз кушодани навбатӣ рамзгузорӣ шуда нигоҳ дорем ё партоем?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="319"/>
        <source>Keep for &amp;later</source>
        <translation>Нигоҳ доштан барои &amp;баъд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="320"/>
        <source>Discard &amp;changes</source>
        <translation>&amp;Партофтани тағйирот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="321"/>
        <source>Keep &amp;editing</source>
        <translation>&amp;Идомаи таҳрир</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="350"/>
        <source>New record: {kind}</source>
        <translation>Сабти нав: {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="353"/>
        <source>final</source>
        <translation>ниҳоӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="353"/>
        <source>draft</source>
        <translation>сиёҳнавис</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="354"/>
        <source>{kind} — revision {revision}, {status}</source>
        <translation>{kind} — таҳрири {revision}, {status}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="360"/>
        <source>* required for a final record. A draft may be incomplete.</source>
        <translation>* барои сабти ниҳоӣ ҳатмист. Сиёҳнавис метавонад нопурра бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="362"/>
        <source>Save as &amp;final</source>
        <translation>Захира ҳамчун &amp;ниҳоӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="363"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="371"/>
        <source>Restored: content from {time} that was not saved yet.</source>
        <translation>Барқарор шуд: мундариҷа аз {time}, ки ҳанӯз захира нашуда буд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="378"/>
        <source>This record was changed since you started editing; saving will make a new revision on top of it.</source>
        <translation>Ин сабт пас аз оғози таҳрири шумо тағйир ёфт; захира кардан дар болои он таҳрири нав месозад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="385"/>
        <source>The record you were editing is no longer there; saving will make a new record with this content.</source>
        <translation>Сабте, ки шумо таҳрир мекардед, дигар вуҷуд надорад; захира кардан бо ин мундариҷа сабти нав месозад.</translation>
    </message>
</context>
<context>
    <name>RecordMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="104"/>
        <source>Add photos and files to the record</source>
        <extracomment>The location a photo&apos;s GPS position fills, per kind.</extracomment>
        <translation>Илова кардани суратҳо ва файлҳо ба сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="110"/>
        <source>Add a folder (with its subfolders) to the record</source>
        <translation>Илова кардани ҷузвдон (бо зерҷузвдонҳояш) ба сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="122"/>
        <source>They are attached to this record.</source>
        <translation>Онҳо ба ин сабт замима шуданд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="124"/>
        <source>They will be attached to this record when you save it.</source>
        <translation>Онҳо ҳангоми захира кардан ба ин сабт замима мешаванд.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="62"/>
        <source>Kind</source>
        <extracomment>The picker&apos;s size: wide enough for a title, a kind and a place side by side.</extracomment>
        <translation>Намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="63"/>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="64"/>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="65"/>
        <source>Place</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="331"/>
        <source>The list could not be read.</source>
        <translation>Рӯйхатро хондан нашуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="335"/>
        <source>Searching…</source>
        <translation>Дар ҳоли ҷустуҷӯ…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="335"/>
        <source>Reading…</source>
        <translation>Хонда мешавад…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="353"/>
        <source>Choose records</source>
        <translation>Интихоби сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="354"/>
        <source>Words from any field</source>
        <translation>Калимаҳо аз ҳар майдон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="355"/>
        <source>Every kind</source>
        <translation>Ҳама намудҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="358"/>
        <source>Show one kind of record only</source>
        <translation>Танҳо сабтҳои як намудро нишон додан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="359"/>
        <source>&amp;Choose</source>
        <translation>&amp;Интихоб кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="360"/>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="353"/>
        <source>No record matches the search.</source>
        <extracomment>The first rows a column&apos;s width is measured on. What the date and time columns hold at their widest. A cell&apos;s margins around its text (the style&apos;s, with room to spare). The running bar beside the heading while a list is read on the worker. ``(kind, search or None, deleted ones instead, order, descending)`` → the list (None while the vault is locked). The record to select once the list being read has arrived.</extracomment>
        <translation>Ягон сабт ба ҷустуҷӯ мувофиқ нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="355"/>
        <source>No deleted records here.</source>
        <translation>Дар ин ҷо сабтҳои нестшуда нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="358"/>
        <source>No records yet in “{kind}”.</source>
        <translation>Дар «{kind}» ҳанӯз сабт нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="360"/>
        <source>Press New (Ctrl+N) to add the first one.</source>
        <translation>Барои илова кардани аввалинаш Нав (Ctrl+N)-ро пахш кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="365"/>
        <source>The list could not be read.</source>
        <translation>Рӯйхатро хондан нашуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="368"/>
        <source>Searching…</source>
        <translation>Дар ҳоли ҷустуҷӯ…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="371"/>
        <source>Ordering the list…</source>
        <translation>Рӯйхат тартиб дода мешавад…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="376"/>
        <source>&amp;Search:</source>
        <translation>&amp;Ҷустуҷӯ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="377"/>
        <source>Words from any field (Ctrl+F)</source>
        <translation>Калимаҳо аз ҳар майдон (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="378"/>
        <source>Show &amp;deleted</source>
        <translation>Нишон додани &amp;нестшудаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="380"/>
        <source>List the deleted records instead; their history can still be opened</source>
        <translation>Ба ҷои онҳо сабтҳои нестшударо нишон диҳед; таърихи онҳоро ҳанӯз кушодан мумкин аст</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="75"/>
        <source>Title</source>
        <extracomment>Rows asked of the source at a time (a 1366×768 screen shows about 20). The order (see ``fieldreport.storage.record_list.ORDERS``) a click on each column asks for. ``(offset, limit)`` → that slice of the list, in its order.</extracomment>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="76"/>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="77"/>
        <source>Place</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="78"/>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="79"/>
        <source>Last saved</source>
        <translation>Охирин захира</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="80"/>
        <source>Sync</source>
        <translation>Ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="86"/>
        <source>Final</source>
        <translation>Ниҳоӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="87"/>
        <source>Draft</source>
        <translation>Сиёҳнавис</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="97"/>
        <source>Synced</source>
        <translation>Ҳамоҳанг шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="99"/>
        <source>On its way (bundle {bundle})</source>
        <translation>Дар роҳ (бастаи {bundle})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="103"/>
        <source>On its way (bundle {bundle}, waiting for the receipt)</source>
        <translation>Дар роҳ (бастаи {bundle}, интизори квитансия)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="106"/>
        <source>Not yet sent</source>
        <translation>Ҳанӯз фиристода нашуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="334"/>
        <source>Deleted</source>
        <extracomment>The roles ``data()`` answers; Qt asks each cell for a dozen. A click on a header: the list in that order (``ORDER_OF``), descending or not. id → the bundle carrying the record&apos;s latest revision (receipt awaited). The rows are deleted records (shown from &quot;Show deleted&quot;): their status says so.</extracomment>
        <translation>Нест карда шуд</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="190"/>
        <location filename="../../fieldreport/ui/central/record_view.py" line="423"/>
        <source>Select a record to read it.</source>
        <translation>Барои хондан сабтро интихоб кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="245"/>
        <source>Revision {revision} of {count}, saved {saved}</source>
        <translation>Таҳрири {revision} аз {count}, захира шуд {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="251"/>
        <source>This revision deleted the record on its device. It still shows what the record held when it was deleted.</source>
        <translation>Ин таҳрир сабтро дар дастгоҳаш нест кард. Он ҳанӯз нишон медиҳад, ки сабт ҳангоми нест шудан чӣ дошт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="264"/>
        <source>Photos and files: {count} (Enter or a double click opens one)</source>
        <translation>Суратҳо ва файлҳо: {count} (Enter ё клики дукарата якеро мекушояд)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="268"/>
        <source>No photos or files attached.</source>
        <translation>Сурат ё файл замима нашудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="289"/>
        <source>Alarm {number}: {what} ({item})</source>
        <translation>Ҳушдор {number}: {what} ({item})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="293"/>
        <source>acknowledged</source>
        <translation>қабул шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="295"/>
        <source>Alarms</source>
        <translation>Ҳушдорҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="304"/>
        <source>Record</source>
        <translation>Сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="305"/>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="306"/>
        <source>Device</source>
        <translation>Дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="308"/>
        <source>Bundle</source>
        <translation>Баста</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="310"/>
        <source>{sequence}, received {received}</source>
        <translation>{sequence}, қабул шуд {received}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="317"/>
        <source>Custody-log entry</source>
        <translation>Сабти журнали нигаҳдорӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="326"/>
        <source>Where it came from</source>
        <translation>Аз куҷо омад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="337"/>
        <source>Links</source>
        <translation>Пайвандҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="338"/>
        <source>This record names</source>
        <translation>Ин сабт ишора мекунад ба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="339"/>
        <source>Named by</source>
        <translation>Ишора мекунанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="343"/>
        <source>{id} (not received at the centre)</source>
        <translation>{id} (дар марказ қабул нашудааст)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="347"/>
        <source>None</source>
        <translation>Ҳеҷ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="361"/>
        <source>Every revision</source>
        <translation>Ҳар таҳрир</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="364"/>
        <source>Revision {revision}, saved {saved}, {status}: </source>
        <translation>Таҳрири {revision}, захира шуд {saved}, {status}: </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="393"/>
        <source>{revision} of {count}</source>
        <translation>{revision} аз {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="399"/>
        <source>Re&amp;vision:</source>
        <translation>Таҳ&amp;рир:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="400"/>
        <source>Show &amp;names and contacts</source>
        <translation>Н&amp;ишон додани номҳо ва тамосҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="402"/>
        <source>Names and contacts are personal data; they stay masked unless you need them.</source>
        <translation>Номҳо ва тамосҳо маълумоти шахсӣ мебошанд; онҳо пӯшида мемонанд, агар ба онҳо ниёз надошта бошед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="404"/>
        <source>&amp;Back</source>
        <translation>&amp;Бозгашт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="405"/>
        <source>Evidence package…</source>
        <translation>Бастаи далелҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="408"/>
        <source>Export an evidence package: a folder an investigator can verify offline, with the records&apos; revisions, original photos and files, and their signed custody logs. Select several rows in the list (Shift+arrows, Ctrl+Space) for one package of them all (Ctrl+Shift+E)</source>
        <translation>Содироти бастаи далелҳо: ҷузвдоне, ки муфаттиш бе шабака санҷида метавонад, бо таҳрирҳои сабтҳо, аксҳо ва файлҳои аслӣ ва маҷаллаҳои имзошудаи занҷираи нигоҳдории онҳо. Барои як баста аз ҳамаашон якчанд сатрро дар рӯйхат интихоб кунед (Shift+тирчаҳо, Ctrl+Фосила) (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="414"/>
        <source>Hand over…</source>
        <translation>Супоридан…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="417"/>
        <source>Hand this record over to another approved device (a replaced laptop); signed and logged</source>
        <translation>Ин сабтро ба дастгоҳи дигари тасдиқшуда супоридан (ноутбук иваз шуд); қарор имзо карда шуда, дар журнал сабт мешавад</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="146"/>
        <source>Photos and files</source>
        <extracomment>The navigation row of the photos and files, after the record kinds. The navigation row of the Sync page.</extracomment>
        <translation>Суратҳо ва файлҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="148"/>
        <source>Sync</source>
        <translation>Ҳамоҳангсозӣ</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="101"/>
        <source>share {n}</source>
        <translation>ҳиссаи {n}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="118"/>
        <source>Share files</source>
        <translation>Файлҳои ҳиссаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="145"/>
        <source>Recover with shares</source>
        <translation>Барқарорсозӣ бо ҳиссаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="148"/>
        <source>Type or paste the words of each share, with an empty line between shares, or add the share files. Enough shares open the vault; then choose a new passphrase.</source>
        <translation>Калимаҳои ҳар ҳиссаро нависед ё гузоред, байни ҳиссаҳо як сатри холӣ монед, ё файлҳои ҳиссаҳоро илова кунед. Ҳиссаҳои кофӣ анборро мекушоянд; баъд ибораи махфии нав интихоб кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="153"/>
        <source>The shares&apos; &amp;words:</source>
        <translation>&amp;Калимаҳои ҳиссаҳо:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="154"/>
        <source>&amp;Add share files…</source>
        <translation>&amp;Илова кардани файлҳои ҳиссаҳо…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="155"/>
        <source>&amp;New passphrase:</source>
        <translation>Ибораи махфии &amp;нав:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="156"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Такрор кунед:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="157"/>
        <source>Opening the vault…</source>
        <translation>Анбор кушода мешавад…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="158"/>
        <source>Rec&amp;over</source>
        <translation>Барқ&amp;арор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="159"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
</context>
<context>
    <name>RecoveryActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="29"/>
        <source>FieldReport recovery share {index} of {shares}</source>
        <translation>Ҳиссаи барқарорсозии FieldReport: {index} аз {shares}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="32"/>
        <source>Any {threshold} of the {shares} shares open the vault and set a new passphrase (Forgot the passphrase? at the unlock screen, or fieldreport-cli recovery restore).</source>
        <translation>Ҳар {threshold} ҳисса аз {shares} анборро мекушояд ва ибораи махфии навро муқаррар мекунад («Ибораи махфиро фаромӯш кардед?» дар экрани кушодан ё fieldreport-cli recovery restore).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="37"/>
        <source>SECRET. Whoever holds {threshold} shares can open the vault. Keep each share in a different safe place, never with the laptop, and do not photograph it.</source>
        <translation>МАХФӢ. Касе, ки {threshold} ҳисса дорад, анборро кушода метавонад. Ҳар ҳиссаро дар ҷои бехатари алоҳида нигоҳ доред, ҳеҷ гоҳ бо ноутбук не, ва аксашро нагиред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="42"/>
        <source>The {count} words, in this order:</source>
        <translation>{count} калима, бо ҳамин тартиб:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="45"/>
        <source>Made {made}. A new split replaces this one: its shares stop working.</source>
        <translation>Сохта шуд: {made}. Маҷмӯи нав инро иваз мекунад: ҳиссаҳои ин дигар кор намекунанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="80"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="104"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="132"/>
        <source>Recovery shares</source>
        <translation>Ҳиссаҳои барқарорсозӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="81"/>
        <source>{folder} already holds {count} share file(s). Replace them?</source>
        <translation>Дар {folder} аллакай файлҳои ҳисса ҳаст ({count}). Иваз карда шаванд?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="106"/>
        <source>Wrote {shares} shares into {folder}: share-NN.txt holds the words, share-NN.pdf a sheet to print. Any {threshold} of them open the vault; shares made earlier no longer do.</source>
        <translation>{shares} ҳисса ба {folder} навишта шуд: share-NN.txt калимаҳоро дорад, share-NN.pdf варақ барои чоп. Ҳар {threshold}-тои онҳо анборро мекушояд; ҳиссаҳои пештар сохташуда дигар кор намекунанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="114"/>
        <source>These files are secret: whoever holds enough of them opens the vault. Print them, give each to a different trusted person or place, never keep them with the laptop, then delete the files from this computer.</source>
        <translation>Ин файлҳо махфӣ мебошанд: касе, ки миқдори кофии онҳоро дорад, анборро мекушояд. Онҳоро чоп кунед, ҳар якро ба шахс ё ҷои боэътимоди алоҳида диҳед, ҳеҷ гоҳ бо ноутбук нигоҳ надоред, баъд файлҳоро аз ин компютер нест кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="122"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="135"/>
        <source>&amp;OK</source>
        <translation>&amp;Хуб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="159"/>
        <source>The vault was recovered: it now opens with the new passphrase.</source>
        <translation>Анбор барқарор шуд: акнун он бо ибораи махфии нав кушода мешавад.</translation>
    </message>
</context>
<context>
    <name>RecoverySplitDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="85"/>
        <source>Folder for the share files</source>
        <translation>Ҷузвдон барои файлҳои ҳиссаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="92"/>
        <source>Choose a folder for the share files.</source>
        <translation>Барои файлҳои ҳиссаҳо ҷузвдон интихоб кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="97"/>
        <source>Recovery shares</source>
        <translation>Ҳиссаҳои барқарорсозӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="100"/>
        <source>If the passphrase is forgotten, enough recovery shares open the vault and set a new one. Each share is a list of 20 words, saved as a text file and as a sheet to print. Fewer shares than the number needed reveal nothing. Making new shares retires the old ones.</source>
        <translation>Агар ибораи махфӣ фаромӯш шавад, ҳиссаҳои кофии барқарорсозӣ анборро мекушоянд ва ибораи навро муқаррар мекунанд. Ҳар ҳисса рӯйхати 20 калима аст, ки ҳамчун файли матнӣ ва варақ барои чоп нигоҳ дошта мешавад. Ҳиссаҳои камтар аз миқдори лозимӣ ҳеҷ чизро ошкор намекунанд. Ҳиссаҳои нав кӯҳнаҳоро бекор мекунанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="106"/>
        <source>&amp;Shares to make:</source>
        <translation>&amp;Шумораи ҳиссаҳо:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="107"/>
        <source>Shares &amp;needed to open:</source>
        <translation>Барои кушодан &amp;лозим:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="108"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ҷузвдон:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="109"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Интихоб…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="112"/>
        <source>The share files are secret: whoever holds enough of them can open the vault. Print them, give each to a different trusted person or place, never keep them with the laptop, then delete the files.</source>
        <translation>Файлҳои ҳиссаҳо махфӣ мебошанд: касе, ки миқдори кофии онҳоро дорад, анборро кушода метавонад. Онҳоро чоп кунед, ҳар якро ба шахс ё ҷои боэътимоди алоҳида диҳед, ҳеҷ гоҳ бо ноутбук якҷоя нигоҳ надоред, баъд файлҳоро нест кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="117"/>
        <source>&amp;Make shares</source>
        <translation>&amp;Сохтани ҳиссаҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="118"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
</context>
<context>
    <name>RestoreActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="46"/>
        <location filename="../../fieldreport/ui/restore_actions.py" line="89"/>
        <source>Choose the backup file</source>
        <translation>Файли нусхаи эҳтиётиро интихоб кунед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="64"/>
        <source>The backup was restored. Unlock it with the vault passphrase in use when the backup was made.</source>
        <translation>Нусхаи эҳтиётӣ барқарор шуд. Онро бо ибораи махфии анбор, ки ҳангоми сохтани нусха амал мекард, кушоед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="149"/>
        <source>Restoring the backup…</source>
        <translation>Нусхаи эҳтиётӣ барқарор мешавад…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="160"/>
        <source>The backup replaced the vault. Unlock it with the vault passphrase in use when the backup was made.</source>
        <translation>Нусхаи эҳтиётӣ анборро иваз кард. Онро бо ибораи махфии анбор, ки ҳангоми сохтани нусха амал мекард, кушоед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="172"/>
        <source>The backup could not be put in place; the vault is as it was. {error}</source>
        <translation>Нусхаи эҳтиётиро ба ҷояш гузоштан нашуд; анбор ҳамчунон боқӣ монд. {error}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="66"/>
        <source>Type the backup passphrase.</source>
        <translation>Ибораи махфии нусхаро ворид кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="84"/>
        <source>Restore from a backup</source>
        <translation>Барқарорсозӣ аз нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="87"/>
        <source>The backup {file} is to replace this vault, in {folder}. Type the backup&apos;s own passphrase: the backup is opened and checked first, and nothing changes until you have seen what would be lost and confirmed.</source>
        <translation>Нусхаи эҳтиётии {file} ин анборро дар {folder} иваз мекунад. Ибораи махфии худи нусхаро ворид кунед: аввал нусха кушода ва санҷида мешавад ва то шумо набинед, ки чӣ гум мешавад, ва тасдиқ накунед, ҳеҷ чиз тағйир намеёбад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="93"/>
        <source>The backup {file} becomes this laptop&apos;s vault, in {folder}. Nothing else is replaced: if that folder holds other files, nothing is restored. The restored vault opens with the vault passphrase in use when the backup was made. Type the backup&apos;s own passphrase to open it.</source>
        <translation>Нусхаи эҳтиётии {file} анбори ин ноутбук мешавад, дар {folder}. Дигар чизе иваз намешавад: агар дар он ҷузвдон файлҳои дигар бошанд, ҳеҷ чиз барқарор намешавад. Анбори барқароршуда бо ибораи махфие кушода мешавад, ки ҳангоми сохтани нусха амал мекард. Барои кушодани нусха ибораи махфии худи онро ворид кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="99"/>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Ибораи махфии нусха:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="100"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Нусха рамзкушоӣ ва санҷида мешавад…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Барқарор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="101"/>
        <source>&amp;Open the backup</source>
        <translation>&amp;Кушодани нусха</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="102"/>
        <source>&amp;Cancel</source>
        <translation>Бекор &amp;кардан</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="63"/>
        <source>You have an unsaved form from {time}. Restore it to go on where you left off, or discard it.</source>
        <extracomment>Stronger than the demo banner&apos;s yellow: this one asks for a decision.</extracomment>
        <translation>Шумо шакли захиранашуда аз {time} доред. Онро барқарор кунед, то аз ҷое, ки монда будед, идома диҳед, ё партоед.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="68"/>
        <source>You have %n unsaved forms, the latest from {time}. Restore them to go on where you left off, or discard them.</source>
        <translation>
            <numerusform>Шумо %n шакли захиранашуда доред, охиринаш аз {time}. Онҳоро барқарор кунед, то аз ҷое, ки монда будед, идома диҳед, ё партоед.</numerusform>
            <numerusform>Шумо %n шакли захиранашуда доред, охиринаш аз {time}. Онҳоро барқарор кунед, то аз ҷое, ки монда будед, идома диҳед, ё партоед.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="74"/>
        <source>R&amp;estore</source>
        <translation>&amp;Барқарор кардан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="75"/>
        <source>Dis&amp;card…</source>
        <translation>&amp;Партофтан…</translation>
    </message>
</context>
<context>
    <name>RestoreOverQuestion</name>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="22"/>
        <source>The backup does not say when it was made: everything saved in this vault since then is lost.</source>
        <translation>Дар нусха гуфта нашудааст, ки кай сохта шудааст: ҳар чизе, ки аз он вақт дар ин анбор нигоҳ дошта шуд, гум мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="28"/>
        <source>Nothing was saved in this vault since the backup was made.</source>
        <translation>Аз замони сохтани нусха дар ин анбор ҳеҷ чиз нигоҳ дошта нашудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="32"/>
        <source>Saved in this vault since the backup was made, and lost for good: {created} new record(s), {changed} changed record(s), {media} photo(s) or file(s), with whatever of them the organisation has not received.</source>
        <translation>Аз замони сохтани нусха дар ин анбор нигоҳ дошта шуда, барои ҳамеша гум мешавад: сабтҳои нав — {created}, сабтҳои тағйирёфта — {changed}, аксҳо ё файлҳо — {media}, аз ҷумла он чизе, ки ташкилот ҳанӯз нагирифтааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="41"/>
        <source>Forms still open are closed and their unsaved changes are lost too.</source>
        <translation>Шаклҳои кушода пӯшида мешаванд ва тағйироти нигоҳнашудаи онҳо низ гум мешавад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="45"/>
        <source>This vault is kept aside until the backup is in place, then destroyed. The restored vault opens with the vault passphrase in use when the backup was made.</source>
        <translation>Ин анбор то ба ҷояш гузоштани нусха як сӯ нигоҳ дошта мешавад, баъд нобуд карда мешавад. Анбори барқароршуда бо ибораи махфие кушода мешавад, ки ҳангоми сохтани нусха амал мекард.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="57"/>
        <source>Replace this vault with the backup?</source>
        <translation>Ин анборро бо нусхаи эҳтиётӣ иваз мекунед?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="62"/>
        <source>Replace this vault with the backup made on {when}?</source>
        <translation>Ин анборро бо нусхаи эҳтиётии {when} сохташуда иваз мекунед?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="76"/>
        <source>Restore over this vault</source>
        <translation>Барқарорсозӣ ба ҷои ин анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="80"/>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Иваз кардани анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="84"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
</context>
<context>
    <name>RevisionTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="23"/>
        <source>Revision</source>
        <translation>Таҳрир</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="24"/>
        <source>Saved</source>
        <translation>Захира шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="25"/>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="26"/>
        <source>Change</source>
        <translation>Тағйирот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="69"/>
        <source>Deleted</source>
        <translation>Нест карда шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="71"/>
        <source>Created</source>
        <translation>Сохта шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="72"/>
        <source>Edited</source>
        <translation>Таҳрир шуд</translation>
    </message>
</context>
<context>
    <name>RevisionView</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="42"/>
        <source>Other data</source>
        <translation>Маълумоти дигар</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="43"/>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="44"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="46"/>
        <source>changed</source>
        <extracomment>Marks a field whose value differs from the previous revision&apos;s.</extracomment>
        <translation>тағйир ёфт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="48"/>
        <source>before:</source>
        <extracomment>Put before the previous revision&apos;s value of a changed field.</extracomment>
        <translation>пештар:</translation>
    </message>
</context>
<context>
    <name>RunningDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/running_dialog.py" line="82"/>
        <source>Stopping…</source>
        <translation>Қатъ шуда истодааст…</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="107"/>
        <source>Safety</source>
        <translation>Бехатарӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="108"/>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="113"/>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="121"/>
        <source>Off</source>
        <translation>Хомӯш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="109"/>
        <source>&amp;Panic shortcut:</source>
        <translation>Тугмаҳои &amp;фавқулода:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="111"/>
        <source>Pressing it while the app is open erases this vault at once, without asking.</source>
        <translation>Пахш кардани онҳо ҳангоми кушода будани барнома ин анборро фавран, бе пурсиш нест мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="114"/>
        <source>Erase after &amp;wrong passphrases in a row:</source>
        <translation>&amp;Баъди чанд ибораи махфии нодуруст пай дар пай нест кардан:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="117"/>
        <source>Protects this laptop only: a copy of its disk has its own count. A correct passphrase starts the count again.</source>
        <translation>Танҳо ҳамин ноутбукро муҳофизат мекунад: нусхаи диски он ҳисоби худро дорад. Ибораи махфии дуруст ҳисобро аз нав оғоз мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="123"/>
        <source>Remove from this laptop &amp;days after the organisation confirmed them:</source>
        <translation>Баъди чанд &amp;рӯзи тасдиқи ташкилот аз ин ноутбук хориҷ кардан:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="125"/>
        <source>Remove c&amp;onfirmed records…</source>
        <translation>&amp;Сабтҳои тасдиқшударо хориҷ кардан…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="126"/>
        <source>&amp;Erase this vault…</source>
        <translation>Ин анборро нест &amp;кардан…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="191"/>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="216"/>
        <source>The passphrase was changed.</source>
        <translation>Ибораи махфӣ иваз карда шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="202"/>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="203"/>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="204"/>
        <source>General</source>
        <translation>Умумӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="205"/>
        <source>&amp;Language:</source>
        <translation>&amp;Забон:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="206"/>
        <source>Lock &amp;automatically after (minutes idle):</source>
        <translation>&amp;Худкор қулф кардан пас аз (дақиқаҳои бефаъолиятӣ):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="207"/>
        <source>Change the passphrase</source>
        <translation>Иваз кардани ибораи махфӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="208"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Ибораи махфии &amp;ҷорӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="209"/>
        <source>&amp;New passphrase:</source>
        <translation>Ибораи махфии &amp;нав:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="210"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Такрори ибораи махфии нав:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="211"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Иваз кардани ибораи махфӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="212"/>
        <source>Reco&amp;very shares…</source>
        <translation>&amp;Ҳиссаҳои барқарорсозӣ…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="213"/>
        <source>Duress pa&amp;ssphrase…</source>
        <translation>Ибораи махфии &amp;маҷбурӣ…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="214"/>
        <source>Changing the passphrase…</source>
        <translation>Ибораи махфӣ иваз карда истодааст…</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="116"/>
        <source>Welcome to FieldReport</source>
        <translation>Хуш омадед ба FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="119"/>
        <source>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that you can remember: without it nobody, not even you, can open the records.</source>
        <translation>Ҳама чизе, ки шумо сабт мекунед, дар ин компютер рамзгузорӣ шуда нигоҳ дошта мешавад. Ибораи махфии аз якчанд калима иборатро интихоб кунед, ки дар ёд дошта метавонед: бе он ҳеҷ кас, ҳатто шумо, сабтҳоро кушода наметавонад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>&amp;Забон:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="125"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ибораи махфӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="126"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Такрори ибораи махфӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="127"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Нишон додани ибораи махфӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="129"/>
        <source>The encrypted vault will be kept in: {folder}</source>
        <translation>Анбори рамзгузоришуда дар ин ҷо нигоҳ дошта мешавад: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="133"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Сохтани анбор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="134"/>
        <source>Or restore from a &amp;backup…</source>
        <translation>Ё аз нусхаи эҳтиётӣ &amp;барқарор кунед…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="135"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>Анбори рамзгузоришуда сохта мешавад. Ин чанд сония вақт мегирад…</translation>
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
        <location filename="../../fieldreport/ui/central/records_controller.py" line="168"/>
        <source>{shown} of {total} records</source>
        <translation>{shown} аз {total} сабт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="198"/>
        <source>{shown} photos and files</source>
        <translation>{shown} сурату файл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="180"/>
        <source>— the records behind “{figure}”</source>
        <extracomment>Widths that fit the list&apos;s short columns at 1366×768 (titles and places get the rest).</extracomment>
        <translation>— сабтҳое, ки дар асоси «{figure}» ҳастанд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="206"/>
        <source>Searching…</source>
        <translation>Ҷустуҷӯ…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="207"/>
        <source>Sho&amp;w every record</source>
        <translation>&amp;Нишон додани ҳамаи сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="210"/>
        <source>Type</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="211"/>
        <source>Name or caption</source>
        <translation>Ном ё тавзеҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="212"/>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="213"/>
        <source>Device</source>
        <translation>Дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="214"/>
        <source>Records</source>
        <translation>Сабтҳо</translation>
    </message>
</context>
<context>
    <name>SyncActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="92"/>
        <source>This device cannot sync over the network yet: it needs to join an organisation, have its certificate installed and know the server&apos;s address.</source>
        <translation>Ин дастгоҳ ҳанӯз тавассути шабака ҳамоҳанг карда наметавонад: он бояд ба ташкилот пайваст шавад, шаҳодатномааш насб карда шавад ва суроғаи серверро донад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="121"/>
        <source>Server address</source>
        <translation>Суроғаи сервер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="122"/>
        <source>The organisation&apos;s sync server (https://…). Leave empty to use the address from the provisioning file{provisioned}.</source>
        <translation>Сервери ҳамоҳангсозии ташкилот (https://…). Барои истифодаи суроға аз файли танзимот холӣ гузоред{provisioned}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="160"/>
        <source>Open the provisioning file</source>
        <translation>Кушодани файли танзимот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="181"/>
        <source>Save the enrollment request</source>
        <translation>Захира кардани дархости пайвастшавӣ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="212"/>
        <source>Joined {org}. The enrollment request is in {path}. Give it to your coordinator and read them this device&apos;s fingerprint.</source>
        <translation>Ба {org} пайваст шуд. Дархости пайвастшавӣ дар {path} аст. Онро ба ҳамоҳангсози худ диҳед ва изи ангушти ин дастгоҳро ба ӯ хонед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="218"/>
        <source>You agreed to key escrow: your backups also carry this vault&apos;s key for the organisation.</source>
        <translation>Шумо ба амонатгузории калид розӣ шудед: нусхаҳои эҳтиётии шумо инчунин калиди ин анборро барои ташкилот дар бар мегиранд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="229"/>
        <source>Open the certificate</source>
        <translation>Кушодани шаҳодатнома</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="242"/>
        <source>Certificate {serial} installed: the organisation has approved this device.</source>
        <translation>Шаҳодатномаи {serial} насб шуд: ташкилот ин дастгоҳро тасдиқ кард.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="261"/>
        <source>Choose a folder or a removable drive for the bundle</source>
        <translation>Барои баста ҷузвдон ё диски ҷудошавандаро интихоб кунед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="294"/>
        <location filename="../../fieldreport/ui/sync_actions.py" line="305"/>
        <source>Nothing to send yet: the vault holds nothing new.</source>
        <translation>Ҳоло чизе барои фиристодан нест: дар анбор чизи нав нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="297"/>
        <source>Nothing to send again: the organisation has confirmed everything this device exported (the last receipt is for bundle {sequence}), and nothing is new.</source>
        <translation>Чизе барои такроран фиристодан нест: ташкилот ҳама чизеро, ки ин дастгоҳ содир кардааст, тасдиқ кард (квитансияи охирин барои бастаи {sequence} аст) ва чизи нав нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="309"/>
        <source>Nothing new to send; bundle {sequence} was received and receipted.</source>
        <translation>Чизи нав барои фиристодан нест; бастаи {sequence} қабул ва квитансия шудааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="313"/>
        <source>Nothing new since bundle {sequence}, which still waits for its receipt. It was written to {path}. Take that file to the organisation again if it was lost.</source>
        <translation>Пас аз бастаи {sequence}, ки ҳанӯз квитансияашро интизор аст, чизи нав нест. Он ба {path} навишта шуда буд. Агар гум шуда бошад, он файлро бори дигар ба ташкилот баред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="319"/>
        <source>Bundle {sequence} written to {path} ({items} items, {size} bytes).</source>
        <translation>Бастаи {sequence} ба {path} навишта шуд ({items} ҷузъ, {size} байт).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="328"/>
        <source>It carries everything the organisation has not confirmed yet and replaces the bundles written from {sequence} on: a lost one need not be found.</source>
        <translation>Он ҳама чизеро, ки ташкилот ҳанӯз тасдиқ накардааст, дар бар мегирад ва бастаҳои аз {sequence} сар карда навишташударо иваз мекунад: бастаи гумшударо ёфтан лозим нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="334"/>
        <source>This device has no certificate yet: the organisation keeps the bundle until it approves the device.</source>
        <translation>Ин дастгоҳ ҳанӯз шаҳодатнома надорад: ташкилот бастаро то тасдиқи дастгоҳ нигоҳ медорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="345"/>
        <source>Open the receipt</source>
        <translation>Кушодани квитансия</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="363"/>
        <source>The receipt for bundle {sequence} was imported before; nothing changed.</source>
        <translation>Квитансия барои бастаи {sequence} қаблан ворид шуда буд; ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="368"/>
        <source>Receipt for bundle {sequence} verified: {records} records are now synced.</source>
        <translation>Квитансия барои бастаи {sequence} санҷида шуд: {records} сабт акнун ҳамоҳанг шудаанд.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="194"/>
        <source>This device has not joined an organisation. Open the provisioning file your coordinator gave you; then save the enrollment request and hand it over.</source>
        <translation>Ин дастгоҳ ба ташкилот пайваст нашудааст. Файли танзимотеро, ки ҳамоҳангсоз ба шумо дод, кушоед; баъд дархости пайвастшавиро захира кунед ва супоред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="201"/>
        <source>Joined {org}; waiting for approval. Read the fingerprint below to the coordinator, then install the certificate they give you.</source>
        <translation>Ба {org} пайваст шуд; интизори тасдиқ. Изи ангушти зеринро ба ҳамоҳангсоз хонед, баъд шаҳодатномаеро, ки ӯ медиҳад, насб кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="208"/>
        <source>Joined {org}, but the organisation has revoked this device (its server said so on {date}): its bundles are refused. Ask the coordinator.</source>
        <translation>Ба {org} пайваст шуд, аммо ташкилот ин дастгоҳро бекор кардааст (сервераш {date} чунин гуфт): бастаҳои он рад карда мешаванд. Аз ҳамоҳангсоз пурсед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="214"/>
        <source>Joined {org}; approved (certificate {serial}, {date}).</source>
        <translation>Ба {org} пайваст шуд; тасдиқ шудааст (шаҳодатномаи {serial}, {date}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="322"/>
        <source>Nothing waits to be sent.</source>
        <translation>Ҳеҷ чиз интизори фиристодан нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="230"/>
        <source>Last bundle: none yet.</source>
        <translation>Бастаи охирин: ҳанӯз нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="233"/>
        <source>Last bundle: {sequence}, {date}, receipted.</source>
        <translation>Бастаи охирин: {sequence}, {date}, квитансия гирифта шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="235"/>
        <source>Last bundle: {sequence}, {date}, receipted. Written to {path}</source>
        <translation>Бастаи охирин: {sequence}, {date}, квитансия гирифта шуд. Ба {path} навишта шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="238"/>
        <source>Last bundle: {sequence}, {date}, waiting for its receipt. Written to {path}</source>
        <translation>Бастаи охирин: {sequence}, {date}, интизори квитансия. Ба {path} навишта шуд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="251"/>
        <source>Last receipt: none yet.</source>
        <translation>Квитансияи охирин: ҳанӯз нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="254"/>
        <source>Last receipt: for bundle {sequence}, received {date}.</source>
        <translation>Квитансияи охирин: барои бастаи {sequence}, қабул шуд {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="265"/>
        <source>Organisation&apos;s log: checkpoint of {size} entries verified.</source>
        <translation>Журнали ташкилот: нуқтаи назоратии иборат аз {size} сабт тасдиқ шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="279"/>
        <source>The checkpoint the sync server sent ({offered} entries) does not extend the one this device kept ({kept} entries): entries were changed or removed.</source>
        <translation>Нуқтаи назоратие, ки сервери ҳамоҳангсозӣ фиристод ({offered} сабт), нуқтаеро, ки ин дастгоҳ нигоҳ доштааст ({kept} сабт), идома намедиҳад: сабтҳо тағйир дода ё нест карда шудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="284"/>
        <source>The checkpoint that came with the receipt for bundle {bundle} ({offered} entries) is smaller than the one this device kept ({kept} entries): entries were removed.</source>
        <translation>Нуқтаи назоратие, ки бо квитансияи бастаи {bundle} омад ({offered} сабт), аз он ки ин дастгоҳ нигоҳ доштааст ({kept} сабт), хурдтар аст: сабтҳо нест карда шудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="290"/>
        <source>The checkpoint that came with the receipt for bundle {bundle} ({offered} entries) does not extend the one this device kept ({kept} entries): entries were changed or removed.</source>
        <translation>Нуқтаи назоратие, ки бо квитансияи бастаи {bundle} омад ({offered} сабт), нуқтаеро, ки ин дастгоҳ нигоҳ доштааст ({kept} сабт), идома намедиҳад: сабтҳо тағйир дода ё нест карда шудаанд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="298"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier.</source>
        <translation>Ҳушдор: журнали ташкилот дигар он чиро, ки пештар тасдиқ карда буд, дар бар намегирад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="307"/>
        <source>Tell your coordinator (first seen {date}). Nothing on this computer was deleted, and that receipt was not applied: its records stay waiting to be confirmed.</source>
        <translation>Ба ҳамоҳангсози худ хабар диҳед (бори аввал {date} дида шуд). Дар ин компютер ҳеҷ чиз нест карда нашуд ва он квитансия татбиқ нашуд: сабтҳои он то ҳол тасдиқро интизоранд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="327"/>
        <source>Not yet sent — records: {records}.</source>
        <translation>Ҳанӯз фиристода нашуд — сабтҳо: {records}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="329"/>
        <source>Nothing new to send: do not export again.</source>
        <translation>Чизи нав барои фиристодан нест: дубора содир накунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="333"/>
        <source>On its way (bundle {bundles}, waiting for the receipt) — records: {records}.</source>
        <translation>Дар роҳ (бастаи {bundles}, интизори квитансия) — сабтҳо: {records}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="342"/>
        <source>Not yet confirmed by a receipt — photos and files: {media}; saved changes: {entries}.</source>
        <translation>Ҳанӯз бо квитансия тасдиқ нашудааст — суратҳо ва файлҳо: {media}; тағйироти захирашуда: {entries}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="349"/>
        <source>Sync with the organisation</source>
        <translation>Ҳамоҳангсозӣ бо ташкилот</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="350"/>
        <source>Organisation and this device</source>
        <translation>Ташкилот ва ин дастгоҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="351"/>
        <source>Sending records</source>
        <translation>Фиристодани сабтҳо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="352"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Пайваст шудан ба ташкилот…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="354"/>
        <source>Open the provisioning file, then save the enrollment request</source>
        <translation>Файли танзимотро кушоед, баъд дархости пайвастшавиро захира кунед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="356"/>
        <source>Install the &amp;certificate…</source>
        <translation>Насб кардани &amp;шаҳодатнома…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="358"/>
        <source>This device&apos;s fingerprint (the coordinator compares it before approving):</source>
        <translation>Изи ангушти ин дастгоҳ (ҳамоҳангсоз онро пеш аз тасдиқ муқоиса мекунад):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="360"/>
        <source>E&amp;xport a bundle…</source>
        <translation>Содир &amp;кардани баста…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="362"/>
        <source>Write what is new, encrypted, to a folder or a removable drive</source>
        <translation>Чизи навро рамзгузорӣ карда ба ҷузвдон ё диски ҷудошаванда нависед</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="364"/>
        <source>&amp;Import a receipt…</source>
        <translation>&amp;Ворид кардани квитансия…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="365"/>
        <source>Back &amp;up the vault…</source>
        <translation>Нусхаи &amp;эҳтиётии анбор…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="367"/>
        <source>The coordinator explained the change: clear the alarm…</source>
        <translation>Ҳамоҳангсоз тағйирро фаҳмонд: ҳушдорро бекор кардан…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="370"/>
        <source>Write the whole vault, encrypted, to one file (to restore it later)</source>
        <translation>Тамоми анборро рамзгузоришуда ба як файл навиштан (то баъдтар барқарор кунед)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="372"/>
        <source>Res&amp;tore over this vault…</source>
        <translation>Барқарорсозӣ ба ҷои ин &amp;анбор…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="375"/>
        <source>Replace this vault with a backup: what was saved since the backup is lost (you are told what, and asked first)</source>
        <translation>Ин анборро бо нусхаи эҳтиётӣ иваз кардан: он чи пас аз нусха нигоҳ дошта шуд, гум мешавад (аввал ба шумо мегӯянд, ки чӣ, ва мепурсанд)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="379"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation>&amp;Боз содир кардани ҳама чизи ҳанӯз тасдиқнашуда…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="382"/>
        <source>If a bundle was lost, or its receipt never came: write everything the organisation has not confirmed with a receipt into one new bundle. It replaces the bundles that wait for a receipt.</source>
        <translation>Агар баста гум шуда бошад ё квитансияаш ҳеҷ гоҳ наомада бошад: ҳама чизеро, ки ташкилот бо квитансия тасдиқ накардааст, ба як бастаи нав нависед. Он бастаҳоеро, ки интизори квитансия ҳастанд, иваз мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="387"/>
        <source>Writing the encrypted bundle…</source>
        <translation>Бастаи рамзгузоришуда навишта мешавад…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="88"/>
        <source>Sync: offline</source>
        <translation>Ҳамоҳангсозӣ: офлайн</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="91"/>
        <source>Sync: sending {sent} of {total}</source>
        <translation>Ҳамоҳангсозӣ: {sent} аз {total} фиристода мешавад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="94"/>
        <source>Sync: syncing…</source>
        <translation>Ҳамоҳангсозӣ: ҳамоҳанг карда истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="96"/>
        <source>Sync: waiting to send</source>
        <translation>Ҳамоҳангсозӣ: интизори фиристодан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="98"/>
        <source>Sync: up to date</source>
        <translation>Ҳамоҳангсозӣ: навсозӣ шудааст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="100"/>
        <source>Sync: needs attention</source>
        <translation>Ҳамоҳангсозӣ: диққат лозим аст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="107"/>
        <source>The organisation&apos;s server cannot be reached. Records are kept safely in the vault and are sent when the connection returns.</source>
        <translation>Сервери ташкилот дастрас нест. Сабтҳо дар анбор бехатар нигоҳ дошта мешаванд ва ҳангоми барқарор шудани пайваст фиристода мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="111"/>
        <source>Next try in about {seconds} s.</source>
        <translation>Кӯшиши навбатӣ тақрибан пас аз {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="116"/>
        <source>Sending records to the organisation. You can keep working.</source>
        <translation>Сабтҳо ба ташкилот фиристода мешаванд. Шумо метавонед корро идома диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="118"/>
        <source>What you saved goes to the organisation in a moment.</source>
        <translation>Он чизе, ки шумо захира кардед, пас аз лаҳзае ба ташкилот меравад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="120"/>
        <source>Everything recorded so far has reached the organisation.</source>
        <translation>Ҳама чизи то ҳол сабтшуда ба ташкилот расидааст.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="19"/>
        <source>The organisation has not approved this device yet. Bundles can travel on a USB stick meanwhile; they are imported once it is approved.</source>
        <translation>Ташкилот ҳанӯз ин дастгоҳро тасдиқ накардааст. Дар ин миён бастаҳо метавонанд бо флешка раванд; пас аз тасдиқ онҳо ворид карда мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="24"/>
        <source>The organisation has revoked this device: its bundles are refused. Do not send more from it; ask the coordinator.</source>
        <translation>Ташкилот ин дастгоҳро бекор кардааст: бастаҳои он рад карда мешаванд. Аз он дигар нафиристед; аз ҳамоҳангсоз пурсед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="29"/>
        <source>The server&apos;s certificate is not the organisation&apos;s: someone may be intercepting this connection. Nothing was sent. Do not sync on this network; tell the coordinator. Bundles can travel on a USB stick.</source>
        <translation>Шаҳодатномаи сервер аз они ташкилот нест: шояд касе ин пайвастро рахна мекунад. Ҳеҷ чиз фиристода нашуд. Дар ин шабака ҳамоҳанг накунед; ба ҳамоҳангсоз хабар диҳед. Бастаҳо метавонанд бо флешка раванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="35"/>
        <source>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address, or tell the coordinator; bundles can travel on a USB stick.</source>
        <translation>Шаҳодатномаи серверро санҷидан нашуд. Ҳеҷ чиз фиристода нашуд. Суроғаи серверро санҷед ё ба ҳамоҳангсоз хабар диҳед; бастаҳо метавонанд бо флешка раванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="40"/>
        <source>The server&apos;s receipt for bundle {sequence} did not verify, so it was not installed. The bundle stays on this computer; ask the coordinator.</source>
        <translation>Квитансияи сервер барои бастаи {sequence} санҷишро нагузашт, бинобар ин насб карда нашуд. Баста дар ин компютер мемонад; аз ҳамоҳангсоз пурсед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="45"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier (found with the receipt for bundle {sequence}). Tell your coordinator. The bundle stays on this computer; nothing was deleted.</source>
        <translation>Ҳушдор: журнали ташкилот дигар он чиро, ки пештар тасдиқ карда буд, дар бар намегирад (бо квитансияи бастаи {sequence} ёфт шуд). Ба ҳамоҳангсози худ хабар диҳед. Баста дар ин компютер мемонад; ҳеҷ чиз нест карда нашуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="51"/>
        <source>The server&apos;s checkpoint of the organisation&apos;s log did not verify. Nothing changed on this computer; tell your coordinator.</source>
        <translation>Нуқтаи назоратии журнали ташкилот, ки сервер фиристод, тасдиқ нашуд. Дар ин компютер ҳеҷ чиз тағйир наёфт; ба ҳамоҳангсози худ хабар диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="56"/>
        <source>Bundle {sequence} is missing from this computer and the organisation does not have it. Use “Export again everything not yet confirmed” on the Sync page, or ask the coordinator.</source>
        <translation>Бастаи {sequence} дар ин компютер нест ва ташкилот онро надорад. Дар саҳифаи Ҳамоҳангсозӣ «Боз содир кардани ҳама чизи ҳанӯз тасдиқнашуда»-ро истифода баред ё аз ҳамоҳангсоз пурсед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="62"/>
        <source>Bundle {sequence} is held at the organisation until an earlier bundle arrives. Bring the missing one on a USB stick, or use “Export again everything not yet confirmed” on the Sync page.</source>
        <translation>Бастаи {sequence} дар ташкилот то омадани бастаи қаблӣ нигоҳ дошта мешавад. Бастаи гумшударо бо флешка биёред ё дар саҳифаи Ҳамоҳангсозӣ «Боз содир кардани ҳама чизи ҳанӯз тасдиқнашуда»-ро истифода баред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="68"/>
        <source>Bundle {sequence} waits at the organisation until this device is approved. Nothing needs to be sent again.</source>
        <translation>Бастаи {sequence} дар ташкилот то тасдиқи ин дастгоҳ интизор аст. Чизеро бори дигар фиристодан лозим нест.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="73"/>
        <source>The organisation refused bundle {sequence}. It stays on this computer; ask the coordinator what to do.</source>
        <translation>Ташкилот бастаи {sequence}-ро рад кард. Он дар ин компютер мемонад; аз ҳамоҳангсоз пурсед, ки чӣ кор кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="78"/>
        <source>The server refused the request. Records are safe in the vault; try again later, and tell the coordinator if it keeps happening.</source>
        <translation>Сервер дархостро рад кард. Сабтҳо дар анбор бехатаранд; баъдтар бори дигар кӯшиш кунед ва агар такрор шавад, ба ҳамоҳангсоз хабар диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="89"/>
        <source>Sync stopped because of an unexpected error. Records are safe in the vault; bundles can still travel on a USB stick. Please tell the coordinator.</source>
        <translation>Ҳамоҳангсозӣ аз сабаби хатои ғайричашмдошт қатъ шуд. Сабтҳо дар анбор бехатаранд; бастаҳо ҳанӯз метавонанд бо флешка раванд. Лутфан ба ҳамоҳангсоз хабар диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="96"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier (found with the checkpoint the sync server sent). Tell your coordinator. Nothing was deleted.</source>
        <translation>Ҳушдор: журнали ташкилот дигар он чиро, ки пештар тасдиқ карда буд, дар бар намегирад (бо нуқтаи назорате, ки сервери ҳамоҳангсозӣ фиристод, ёфт шуд). Ба ҳамоҳангсози худ хабар диҳед. Ҳеҷ чиз нест карда нашуд.</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="378"/>
        <source>Separate tags with commas</source>
        <translation>Тамғаҳоро бо вергул ҷудо кунед</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="95"/>
        <source>FieldReport is locked</source>
        <translation>FieldReport қулф аст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="96"/>
        <source>Enter your passphrase to open the records.</source>
        <translation>Барои кушодани сабтҳо ибораи махфии худро ворид кунед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="97"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ибораи махфӣ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="98"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="99"/>
        <source>Unlocking…</source>
        <translation>Кушода истодааст…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="100"/>
        <source>Forgot the passphrase? Recover with &amp;shares…</source>
        <translation>Ибораи махфиро фаромӯш кардед? Бо &amp;ҳиссаҳо барқарор кунед…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="101"/>
        <source>&amp;Language:</source>
        <translation>&amp;Забон:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="12"/>
        <source>This field is required.</source>
        <translation>Ин майдон ҳатмист.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="13"/>
        <source>Unknown record kind.</source>
        <translation>Намуди номаълуми сабт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="14"/>
        <source>Unknown field.</source>
        <translation>Майдони номаълум.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="15"/>
        <source>Expected an object.</source>
        <translation>Объект интизор буд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="16"/>
        <source>Expected text.</source>
        <translation>Матн интизор буд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="17"/>
        <source>Expected a list.</source>
        <translation>Рӯйхат интизор буд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="18"/>
        <source>Expected yes or no (true or false).</source>
        <translation>Ҳа ё не интизор буд (true ё false).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="19"/>
        <source>Expected a whole number.</source>
        <translation>Адади бутун интизор буд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="20"/>
        <source>Expected a number.</source>
        <translation>Адад интизор буд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="21"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Хеле дароз: ҳадди аксар {max} аломат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="22"/>
        <source>Too many items: at most {max}.</source>
        <translation>Ҷузъҳо хеле зиёданд: ҳадди аксар {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="23"/>
        <source>Contains invisible control characters.</source>
        <translation>Аломатҳои идоракунии ноаён дорад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="24"/>
        <source>Not one of the allowed values ({allowed}).</source>
        <translation>Яке аз қиматҳои иҷозатдодашуда нест ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="25"/>
        <source>The same value appears more than once.</source>
        <translation>Як қимат зиёда аз як бор омадааст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="26"/>
        <source>An item of this list is empty.</source>
        <translation>Яке аз ҷузъҳои ин рӯйхат холӣ аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="27"/>
        <source>Must not be negative.</source>
        <translation>Набояд манфӣ бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="28"/>
        <source>Must be at most {max}.</source>
        <translation>Бояд на зиёда аз {max} бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="29"/>
        <source>Not a valid date: use YYYY-MM-DD, or YYYY-MM or YYYY when unsure.</source>
        <translation>Санаи нодуруст: СССС-ММ-РР ё, агар боварӣ надошта бошед, СССС-ММ ё СССС истифода баред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="32"/>
        <source>Dates before {year} are not accepted.</source>
        <translation>Санаҳои пеш аз соли {year} қабул карда намешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="33"/>
        <source>The date is in the future.</source>
        <translation>Сана дар оянда аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="34"/>
        <source>Ends before it starts ({start}).</source>
        <translation>Пеш аз оғозаш ({start}) анҷом меёбад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="35"/>
        <source>The assessment is dated before the damage.</source>
        <translation>Санаи арзёбӣ пеш аз санаи зарар аст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="38"/>
        <source>Use the two-letter ISO country code in capitals, such as KG or TJ.</source>
        <translation>Рамзи дуҳарфаи ISO-и кишварро бо ҳарфҳои калон истифода баред, масалан KG ё TJ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="41"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Арзи ҷуғрофӣ бояд аз -90 то 90 бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="42"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Тӯли ҷуғрофӣ бояд аз -180 то 180 бошад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="43"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Ҳам арз ва ҳам тӯлро нишон диҳед, ё ҳеҷ кадомашро.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="44"/>
        <source>Not a valid record or media id.</source>
        <translation>Рақами нодурусти сабт ё медиа.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="45"/>
        <source>A final statement needs the witness&apos;s consent; without it, keep the statement as a draft.</source>
        <translation>Изҳороти ниҳоӣ розигии шоҳидро талаб мекунад; бе он изҳоротро ҳамчун сиёҳнавис нигоҳ доред.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="49"/>
        <source>Give the age or the age group.</source>
        <translation>Синну сол ё гурӯҳи синнусолиро нишон диҳед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="51"/>
        <source>This settlement is not in the gazetteer; check the spelling.</source>
        <translation>Ин маҳалли аҳолинишин дар феҳристи ҷойҳо нест; имлоро санҷед.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="54"/>
        <source>The age group does not match the age given.</source>
        <translation>Гурӯҳи синнусолӣ ба синну соли нишондодашуда мувофиқат намекунад.</translation>
    </message>
</context>
<context>
    <name>ViewerPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="95"/>
        <source>Caption saved.</source>
        <translation>Тавзеҳ захира шуд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="118"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Тавзеҳ:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="119"/>
        <source>What it shows, without names of people</source>
        <translation>Он чӣ нишон медиҳад, бе номи одамон</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="120"/>
        <source>&amp;Save caption</source>
        <translation>&amp;Захира кардани тавзеҳ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="121"/>
        <source>&amp;Export original…</source>
        <translation>&amp;Содир кардани асл…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="123"/>
        <source>Writes the file exactly as it was imported, with its metadata.</source>
        <translation>Файлро айнан ҳамон тавре, ки ворид шуда буд, бо метамаълумоташ менависад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="125"/>
        <source>Export &amp;without metadata…</source>
        <translation>Содир кардан &amp;бе метамаълумот…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="127"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation>Нусха барои мубодила: мавқеъ, вақт ва камера гирифта мешаванд.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="129"/>
        <source>&amp;Use this position for the record</source>
        <translation>Ин мавқеъро барои сабт &amp;истифода баред</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="131"/>
        <source>Fills the record&apos;s latitude and longitude from the photo&apos;s GPS position.</source>
        <translation>Арз ва тӯли ҷуғрофии сабтро аз мавқеи GPS-и сурат пур мекунад.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation>Нест &amp;кардан…</translation>
    </message>
</context>
</TS>
