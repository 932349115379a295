<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlarmsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="39"/>
        <source>Changed another device&apos;s record or file</source>
        <translation>Изменило запись или файл другого устройства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="41"/>
        <source>Sent a custody log that contradicts an earlier one</source>
        <translation>Прислало журнал цепочки хранения, противоречащий прежнему</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="45"/>
        <source>Sent a file whose contents do not match the hash it signed</source>
        <translation>Прислало файл, содержимое которого не совпадает с подписанным им хешем</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="49"/>
        <source>Sent a custody-log entry whose signature does not verify</source>
        <translation>Прислало запись журнала цепочки хранения, подпись которой не проходит проверку</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="92"/>
        <source>Alarms</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="95"/>
        <source>An alarm means a device sent what only a copied key or an altered app sends. Once you have looked into it, acknowledge it: who, when and why are signed into the centre&apos;s custody log, and the alarm stays listed.</source>
        <translation>Тревога означает, что устройство прислало то, что присылает только скопированный ключ или изменённое приложение. Разобравшись, подтвердите её: кто, когда и почему — подписывается в журнале цепочки хранения центра, а тревога остаётся в списке.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="102"/>
        <source>Alarm</source>
        <translation>Тревога</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="103"/>
        <source>Raised</source>
        <translation>Поднята</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="104"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="105"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="106"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="109"/>
        <source>Acknowledged &amp;by:</source>
        <translation>Кем &amp;принято:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="110"/>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="111"/>
        <source>&amp;Acknowledge</source>
        <translation>Под&amp;твердить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="136"/>
        <source>Acknowledged by {by} on {at}</source>
        <translation>Принято: {by}, {at}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="140"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="191"/>
        <source>Alar&amp;ms…</source>
        <translation>Тр&amp;евоги…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/alarms_dialog.py" line="193"/>
        <source>List the alarms raised on devices and acknowledge them</source>
        <translation>Показать тревоги, поднятые на устройствах, и подтвердить их</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="74"/>
        <source>Photos and files ({count})</source>
        <translation>Фото и файлы ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="77"/>
        <source>Add f&amp;iles…</source>
        <translation>Добавить ф&amp;айлы…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="78"/>
        <source>Add a folde&amp;r…</source>
        <translation>Добавить папк&amp;у…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="79"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="80"/>
        <source>Show the chosen item (Enter)</source>
        <translation>Показать выбранный файл (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="81"/>
        <source>Re&amp;move from this record</source>
        <translation>Уб&amp;рать из этой записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="83"/>
        <source>The item stays in the vault, under Photos and files.</source>
        <translation>Файл останется в хранилище, в разделе «Фото и файлы».</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="85"/>
        <source>Delete from the vault…</source>
        <translation>Удалить из хранилища…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="86"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation>Уничтожает файл (Delete); отменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="88"/>
        <source>No photos or files yet. Add them with the buttons, or drop them here.</source>
        <translation>Фото и файлов пока нет. Добавьте их кнопками выше или перетащите сюда.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="93"/>
        <source>Files are stored encrypted in the vault at once, and attached to this record when you save it. Until then they are listed under Photos and files as not attached.</source>
        <translation>Файлы сразу сохраняются в хранилище в зашифрованном виде и прикрепляются к записи при её сохранении. До этого они числятся в разделе «Фото и файлы» как не прикреплённые.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/attachments_panel.py" line="101"/>
        <source>Files added here are stored encrypted and attached to this record at once (a new revision). Originals are kept unchanged.</source>
        <translation>Добавленные здесь файлы сразу сохраняются в зашифрованном виде и прикрепляются к этой записи (создаётся новая версия). Оригиналы не изменяются.</translation>
    </message>
</context>
<context>
    <name>BackupActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/backup_actions.py" line="34"/>
        <source>Save the backup as</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/backup_actions.py" line="65"/>
        <source>Backup written to {path} ({media} media file(s)). Keep it as carefully as this laptop.</source>
        <translation>Резервная копия записана в {path} (медиафайлов: {media}). Храните её так же бережно, как этот ноутбук.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="61"/>
        <source>At least 10 characters, typed the same in both fields.</source>
        <translation>Не менее 10 символов, одинаково в обоих полях.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="67"/>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="70"/>
        <source>The backup holds the whole vault, encrypted. Choose a passphrase for it: it opens the backup (and, once this device has joined, so does the organisation). The restored vault opens with this vault&apos;s passphrase.</source>
        <translation>Резервная копия содержит всё хранилище в зашифрованном виде. Выберите для неё парольную фразу: она открывает копию (а после подключения этого устройства к организации копию может открыть и организация). Восстановленное хранилище открывается парольной фразой этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="75"/>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="76"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="77"/>
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/backup_passphrase.py" line="78"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="319"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>CentralActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="130"/>
        <source>Save the provisioning file</source>
        <translation>Сохранение файла настройки организации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="142"/>
        <source>The provisioning file is in {path}.</source>
        <translation>Файл настройки организации сохранён в {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="157"/>
        <source>Open the enrollment request</source>
        <translation>Открытие запроса на подключение</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="165"/>
        <source>Device {device} asks to join. Its fingerprint is:

{fingerprint}

Approve it only if the device shows exactly the same fingerprint.</source>
        <translation>Устройство {device} просит о подключении. Отпечаток его ключа:

{fingerprint}

Одобряйте, только если устройство показывает точно такой же отпечаток.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="171"/>
        <source>Approve this device?</source>
        <translation>Одобрить это устройство?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="175"/>
        <source>Name this device</source>
        <translation>Имя устройства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="176"/>
        <source>A name people will see instead of its id, for example “Monitor 3, Leilek” (it may stay empty):</source>
        <translation>Имя, которое будут видеть вместо идентификатора, например «Монитор 3, Лейлек» (можно оставить пустым):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="186"/>
        <source>Save the certificate</source>
        <translation>Сохранение сертификата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="198"/>
        <source>Approving the device (waits while a bundle is imported)…</source>
        <translation>Устройство одобряется (ожидание, пока импортируется пакет)…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="217"/>
        <source>Device {device} approved (certificate {serial}). The certificate is in {path}; give it to the device.</source>
        <translation>Устройство {device} одобрено (сертификат {serial}). Сертификат сохранён в {path}; передайте его на устройство.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="256"/>
        <source>Revoke device {device}? Its bundles are refused from now on; this cannot be undone.</source>
        <translation>Отозвать устройство {device}? Его пакеты больше не будут приниматься; это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="261"/>
        <source>Revoke this device?</source>
        <translation>Отозвать это устройство?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="265"/>
        <source>Revoking the device (waits while a bundle is imported)…</source>
        <translation>Устройство отзывается (ожидание, пока импортируется пакет)…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="277"/>
        <source>Choose bundle files</source>
        <translation>Выбор файлов пакетов</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="287"/>
        <location filename="../../fieldreport/ui/central/actions.py" line="297"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="314"/>
        <source>Importing {number} of {total}: {name}</source>
        <translation>Импорт {number} из {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="340"/>
        <source>Choose a folder for the receipts</source>
        <translation>Выбор папки для квитанций</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/actions.py" line="359"/>
        <source>Receipts written to {folder}: {count}.</source>
        <translation>Квитанции записаны в {folder}: {count}.</translation>
    </message>
</context>
<context>
    <name>CentralRecords</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="57"/>
        <source>Kind</source>
        <extracomment>The order (see ``record_search.ORDERS``) a click on each column asks for.</extracomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="58"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="59"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="60"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="61"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="62"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="63"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_model.py" line="180"/>
        <source>deleted</source>
        <extracomment>The roles ``data()`` answers; Qt asks each cell for a dozen per paint.</extracomment>
        <translation>удалена</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="46"/>
        <source>from device {device}, bundle {bundle} (received {received}), custody-log entry {entry} ({hash}…)</source>
        <translation>с устройства {device}, пакет {bundle} (получен {received}), запись журнала цепочки хранения {entry} ({hash}…)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="181"/>
        <source>Choose the central store&apos;s folder</source>
        <translation>Выбор папки центрального хранилища</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="300"/>
        <source>FieldReport — central store of {org}</source>
        <translation>FieldReport — центральное хранилище: {org}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="303"/>
        <source>FieldReport — central store</source>
        <translation>FieldReport — центральное хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="305"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="307"/>
        <source>D&amp;uplicates</source>
        <translation>Дубликат&amp;ы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="308"/>
        <source>&amp;Devices</source>
        <translation>&amp;Устройства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="309"/>
        <source>&amp;Import bundles</source>
        <translation>&amp;Импорт пакетов</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="306"/>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="312"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="314"/>
        <source>Write the chosen records as CSV, Excel, GeoJSON, KML or HXL</source>
        <translation>Записать выбранные записи в CSV, Excel, GeoJSON, KML или HXL</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="316"/>
        <source>Re&amp;port…</source>
        <translation>От&amp;чёт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="317"/>
        <source>Write a situation report (PDF)</source>
        <translation>Составить отчёт о ситуации (PDF)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="318"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="319"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="320"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/window.py" line="321"/>
        <source>Lock and quit (Ctrl+Q)</source>
        <translation>Заблокировать и закрыть (Ctrl+Q)</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="88"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="89"/>
        <source>Source (who reported it)</source>
        <translation>Источник (кто сообщил)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="46"/>
        <source>FieldReport met an unexpected problem. What you saved is safe in the vault. If this happens again, please tell your coordinator; the log file holds details without any record content.</source>
        <translation>В FieldReport произошла непредвиденная ошибка. Всё, что вы сохранили, в безопасности в хранилище. Если это повторится, сообщите своему координатору; в файле журнала есть подробности, но нет содержимого записей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/crash.py" line="68"/>
        <source>The central database cannot be reached</source>
        <translation>Центральная база данных недоступна</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="289"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="290"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>DeleteMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="24"/>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="58"/>
        <source>Delete photo or file</source>
        <translation>Удаление фото или файла</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="26"/>
        <source>Delete {name} ({type}) from the vault?</source>
        <translation>Удалить {name} ({type}) из хранилища?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="31"/>
        <source>This cannot be undone: its encrypted original, thumbnail and caption are destroyed, and it is removed from every record it is attached to. A signed note of the deletion and of the file&apos;s SHA-256 stays in the vault.</source>
        <translation>Это нельзя отменить: зашифрованный оригинал, миниатюра и подпись будут уничтожены, а сам файл — убран из всех записей, к которым он прикреплён. В хранилище остаётся подписанная отметка об удалении и SHA-256 файла.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="41"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/delete_media.py" line="44"/>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="46"/>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="48"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="49"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="148"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="149"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="150"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="151"/>
        <source>Bundles imported</source>
        <translation>Импортировано пакетов</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="152"/>
        <source>Alarms</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="153"/>
        <source>Since</source>
        <translation>Начиная с</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="154"/>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="157"/>
        <source>&amp;Approve a request…</source>
        <translation>Одобрить зап&amp;рос…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="159"/>
        <source>Open an enrollment request, compare its fingerprint, save the certificate</source>
        <translation>Открыть запрос на подключение, сверить отпечаток ключа, сохранить сертификат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="161"/>
        <source>Re&amp;voke…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="162"/>
        <source>&amp;Hand its records over…</source>
        <translation>&amp;Передать записи…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="165"/>
        <source>Everything this device sent goes on from another approved device (a replaced laptop); signed and logged</source>
        <translation>Всё, что прислало это устройство, дальше ведёт другое одобренное устройство (замена ноутбука); решение подписывается и записывается в журнал</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="169"/>
        <source>Write the provisioning &amp;file…</source>
        <translation>Создать &amp;файл настройки организации…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="172"/>
        <source>Before approving, compare the fingerprint with the one the device shows on its Sync page. A revoked device&apos;s bundles are refused from then on.</source>
        <translation>Перед одобрением сверьте отпечаток ключа с тем, что устройство показывает на своей странице «Синхронизация». Пакеты отозванного устройства с этого момента не принимаются.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/desk_controller.py" line="187"/>
        <source>No possible duplicates left to review.</source>
        <translation>Возможных дубликатов для проверки не осталось.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/desk_controller.py" line="306"/>
        <source>From {device}, saved {saved}</source>
        <translation>С устройства {device}, сохранена {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="23"/>
        <source>name</source>
        <extracomment>The fields duplicate detection compares, as people read them.</extracomment>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="24"/>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="25"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="26"/>
        <source>age</source>
        <translation>возраст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="27"/>
        <source>age group</source>
        <translation>возрастная группа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="28"/>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="29"/>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="30"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="31"/>
        <source>property type</source>
        <translation>тип имущества</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="32"/>
        <source>position</source>
        <translation>координаты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="33"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="34"/>
        <source>damage</source>
        <translation>ущерб</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="41"/>
        <source>the same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="42"/>
        <source>similar</source>
        <translation>похоже</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="43"/>
        <source>different</source>
        <translation>различается</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="44"/>
        <source>not given in both</source>
        <translation>указано не в обеих</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="51"/>
        <source>names {similarity}% alike</source>
        <translation>имена похожи на {similarity}%</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="52"/>
        <source>addresses {similarity}% alike</source>
        <translation>адреса похожи на {similarity}%</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="53"/>
        <source>{metres} m apart</source>
        <translation>в {metres} м друг от друга</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicate_reasons.py" line="73"/>
        <source>Likelihood {score} %. Compared:</source>
        <translation>Вероятность {score} %. Сравнено:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="171"/>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="172"/>
        <source>People and property</source>
        <translation>Люди и имущество</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="173"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="174"/>
        <source>Property</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="175"/>
        <source>Decided pairs &amp;too</source>
        <translation>И решённые &amp;пары</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="176"/>
        <source>Decided &amp;by:</source>
        <translation>Ре&amp;шил(а):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="177"/>
        <source>Kept with every decision, in the centre&apos;s custody log</source>
        <translation>Сохраняется с каждым решением в журнале цепочки хранения центра</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="178"/>
        <source>Show &amp;names and contacts</source>
        <translation>Показать имена и конт&amp;акты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="179"/>
        <source>The s&amp;ame</source>
        <translation>Одно и &amp;то же</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="181"/>
        <source>One person or property: counted once in the figures; both records stay</source>
        <translation>Один человек или один объект: в цифрах считается один раз; обе записи сохраняются</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="183"/>
        <source>Di&amp;fferent</source>
        <translation>&amp;Разные</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="184"/>
        <source>Undo t&amp;he decision</source>
        <translation>Отменить р&amp;ешение</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="185"/>
        <source>Looking for possible duplicates…</source>
        <translation>Поиск возможных дубликатов…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="188"/>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="189"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="190"/>
        <source>The two records</source>
        <translation>Две записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="191"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="198"/>
        <source>Not reviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="199"/>
        <source>The same</source>
        <translation>Одно и то же</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/duplicates_page.py" line="200"/>
        <source>Different</source>
        <translation>Разные</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="179"/>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="182"/>
        <source>A duress passphrase opens a second vault, the decoy, instead of this one. Open it with the duress passphrase and fill it with harmless records, so that it looks used. Nothing on this laptop&apos;s disk shows whether a duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением открывает второе хранилище — приманку — вместо этого. Откройте его этой фразой и заполните безобидными записями, чтобы оно выглядело рабочим. Ничто на диске ноутбука не показывает, задана ли такая фраза.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="189"/>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="192"/>
        <source>A duress passphrase is set. Using it erases this vault first.</source>
        <translation>Парольная фраза под принуждением задана. Её ввод сначала стирает это хранилище.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="195"/>
        <source>A duress passphrase is set. It opens the decoy.</source>
        <translation>Парольная фраза под принуждением задана. Она открывает приманку.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="196"/>
        <source>This vault&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольная фраза этого хранилища:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="197"/>
        <source>&amp;Duress passphrase:</source>
        <translation>Фраза под п&amp;ринуждением:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="198"/>
        <source>&amp;Repeat the duress passphrase:</source>
        <translation>Повторите &amp;фразу под принуждением:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="199"/>
        <source>&amp;Erase the real vault when the duress passphrase is used</source>
        <translation>&amp;Стереть настоящее хранилище при вводе фразы под принуждением</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="202"/>
        <source>Then typing the duress passphrase destroys this vault&apos;s key at once, without asking: what the organisation has not confirmed is lost for good.</source>
        <translation>Тогда ввод фразы под принуждением сразу, без вопросов, уничтожает ключ этого хранилища: всё, что организация не подтвердила, будет потеряно навсегда.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="206"/>
        <source>Working on the key slots…</source>
        <translation>Обновляются ячейки ключей…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="207"/>
        <source>Rep&amp;lace it</source>
        <translation>За&amp;менить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="207"/>
        <source>&amp;Set it</source>
        <translation>За&amp;дать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="208"/>
        <source>Re&amp;move it</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="209"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="212"/>
        <source>The duress passphrase was set.</source>
        <translation>Фраза под принуждением задана.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/duress_dialog.py" line="214"/>
        <source>The duress passphrase was removed.</source>
        <translation>Фраза под принуждением удалена.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/empty_hint.py" line="52"/>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="65"/>
        <source>ERASE</source>
        <extracomment>Always accepted too, whatever the language: the keyboard may have only Latin letters.</extracomment>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="81"/>
        <source>The organisation has confirmed every record and file in this vault (receipts): nothing unconfirmed will be lost.</source>
        <translation>Организация подтвердила все записи и файлы в этом хранилище (квитанции): ничего неподтверждённого не пропадёт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="85"/>
        <source>Never confirmed by the organisation (no receipt): records: {records}, files: {files}. They exist only on this laptop and will be lost for good.</source>
        <translation>Записей: {records}, файлов: {files} — организация их так и не подтвердила (квитанции нет). Они есть только на этом ноутбуке и пропадут навсегда.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="90"/>
        <source>Erase this vault</source>
        <translation>Стереть это хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="93"/>
        <source>Erasing destroys the vault&apos;s key first, then every record, photo, file and unsaved form on this laptop. The app then starts as if newly installed. This cannot be undone.</source>
        <translation>Сначала уничтожается ключ хранилища, затем все записи, фото, файлы и несохранённые формы на этом ноутбуке. После этого приложение запускается как только что установленное. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="99"/>
        <source>To erase, &amp;type {word}:</source>
        <translation>Чтобы стереть, &amp;введите {word}:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="100"/>
        <source>&amp;Erase the vault</source>
        <translation>&amp;Стереть хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/erase_vault.py" line="101"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="22"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="26"/>
        <source>The vault files are damaged or were altered. Do not save anything; contact your coordinator.</source>
        <translation>Файлы хранилища повреждены или были изменены. Ничего не сохраняйте; свяжитесь со своим координатором.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="32"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Хранилище заблокировано. Сначала разблокируйте его.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="34"/>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="36"/>
        <source>A vault already exists in this folder.</source>
        <translation>В этой папке уже есть хранилище.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="38"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен; ничего не сохранено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="42"/>
        <source>This record was removed from this laptop after the organisation confirmed it; only its stub is here and it cannot be changed. The organisation holds it.</source>
        <translation>Эта запись удалена с ноутбука после того, как организация её подтвердила; здесь осталась только заглушка, изменить её нельзя. Запись хранится у организации.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="48"/>
        <source>Nothing was saved: this record was saved again (in another window or from the command line) since this form opened it. What you typed is still here: copy what you need, close the form without saving, open the record again and redo the change.</source>
        <translation>Ничего не сохранено: после того как эта форма открыла запись, её сохранили ещё раз (в другом окне или из командной строки). Введённое вами пока здесь: скопируйте нужное, закройте форму без сохранения, откройте запись снова и повторите изменение.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="56"/>
        <source>This record was deleted.</source>
        <translation>Эта запись была удалена.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="58"/>
        <source>This record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="60"/>
        <source>Some fields need attention; see the messages beside them.</source>
        <translation>Некоторые поля требуют внимания; см. сообщения рядом с ними.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="65"/>
        <source>The two passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="66"/>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Парольная фраза должна содержать не менее 10 символов.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="72"/>
        <source>The central database cannot be reached: the connection was lost or its server is down. Nothing half-done was kept. Once the database server is back, open another tab or change a filter: the window connects again by itself.</source>
        <translation>Центральная база данных недоступна: соединение потеряно или её сервер остановлен. Ничего не сохранено наполовину. Когда сервер базы данных снова заработает, откройте другую вкладку или измените фильтр: окно подключится заново само.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="80"/>
        <source>Something went wrong (a bug: please report it). Nothing was changed.</source>
        <translation>Что-то пошло не так (это ошибка программы — сообщите о ней). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="101"/>
        <source>{share} holds no words.</source>
        <translation>В {share} нет ни одного слова.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="102"/>
        <source>No share was given.</source>
        <translation>Не дано ни одной доли.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="103"/>
        <source>{share}: word {position}, &quot;{word}&quot;, is not one of the recovery words; check its spelling against the sheet.</source>
        <translation>{share}: слово {position}, «{word}», не входит в список слов восстановления; сверьте написание с листом.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="108"/>
        <source>{share} has {words} words; a share has 20. Check that no word is missing or doubled.</source>
        <translation>В {share} слов: {words}; в доле их 20. Проверьте, что ни одно слово не пропущено и не повторено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="112"/>
        <source>{share} has a mistyped or swapped word (its checksum does not match); compare each word with the sheet.</source>
        <translation>В {share} есть опечатка или переставленное слово (контрольная сумма не совпадает); сверьте каждое слово с листом.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="117"/>
        <source>{share} is from a different set of shares than {first}: use shares made together.</source>
        <translation>{share} — из другого набора долей, чем {first}: используйте доли, созданные вместе.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="121"/>
        <source>{share} and {other} claim to be the same share but differ.</source>
        <translation>{share} и {other} выдают себя за одну и ту же долю, но различаются.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="124"/>
        <source>This set needs {needed} different shares to open the vault; {given} given.</source>
        <translation>Чтобы открыть хранилище, нужно разных долей этого набора: {needed}; дано: {given}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="127"/>
        <source>These shares do not fit together (one was altered).</source>
        <translation>Эти доли не подходят друг к другу (одна была изменена).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="130"/>
        <source>This vault has no recovery shares: none were ever made for it.</source>
        <translation>У этого хранилища нет долей восстановления: для него их никогда не создавали.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="133"/>
        <source>These shares do not open this vault: they belong to another vault, or to an earlier set of shares for this one (new shares retire the old ones).</source>
        <translation>Эти доли не открывают это хранилище: они от другого хранилища или от прежнего набора долей этого (новые доли отменяют старые).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/messages.py" line="142"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EscrowBox</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="47"/>
        <source>Withdraw key escrow</source>
        <translation>Отозвать депонирование ключа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="48"/>
        <source>Stop giving {org} a key to your backups?</source>
        <translation>Больше не давать {org} ключ к вашим резервным копиям?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="51"/>
        <source>Backups you make from now on will open only with your backup passphrase.

Backups you made before now still carry the key: the organisation can open those without your passphrase. Delete them if that matters, and make a new backup.</source>
        <translation>Резервные копии, которые вы сделаете с этого момента, будут открываться только вашей парольной фразой резервной копии.

Резервные копии, сделанные раньше, по-прежнему содержат ключ: организация может открыть их без вашей парольной фразы. Если это важно, удалите их и сделайте новую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="57"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="58"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="90"/>
        <source>Key escrow</source>
        <translation>Депонирование ключа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="94"/>
        <source>Key escrow withdrawn: backups made from now on carry no key for {org}. Backups made before still carry it.</source>
        <translation>Депонирование ключа отозвано: резервные копии, сделанные с этого момента, не содержат ключа для {org}. Сделанные раньше по-прежнему его содержат.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="101"/>
        <source>As agreed when joining, your backups also carry this vault&apos;s key for {org}.</source>
        <translation>Как условлено при присоединении, ваши резервные копии содержат также ключ этого хранилища для {org}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/escrow_box.py" line="104"/>
        <source>Wi&amp;thdraw key escrow…</source>
        <translation>О&amp;тозвать депонирование ключа…</translation>
    </message>
</context>
<context>
    <name>EscrowQuestion</name>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="21"/>
        <source>Key escrow</source>
        <translation>Депонирование ключа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="23"/>
        <source>{org} asks to hold a key to this vault&apos;s backups. Agree?</source>
        <translation>{org} просит хранить ключ к резервным копиям этого хранилища. Согласны?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="28"/>
        <source>If you agree, every backup you make also carries this vault&apos;s key, encrypted to the organisation: its coordinator could then open your backups, and read everything in them, without your passphrase (for example if you forget it).

If you do not agree, only your passphrase opens your backups. Nothing is escrowed unless you agree.</source>
        <translation>Если вы согласитесь, каждая резервная копия, которую вы сделаете, будет также содержать ключ этого хранилища, зашифрованный для организации: её координатор сможет открыть ваши резервные копии и прочитать всё, что в них есть, без вашей парольной фразы (например, если вы её забудете).

Если вы не согласитесь, ваши резервные копии открывает только ваша парольная фраза. Ключ не передаётся, пока вы не согласитесь.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="38"/>
        <source>&amp;Yes, escrow the key</source>
        <translation>&amp;Да, передать ключ</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/escrow_question.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="71"/>
        <source>Choose where to write the evidence package</source>
        <translation>Выберите, куда записать пакет доказательств</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="81"/>
        <source>Write names and contacts?</source>
        <translation>Записать имена и контакты?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="82"/>
        <source>{folder} will hold the names and contacts of witnesses, people affected and owners, in the clear. Anyone who gets the folder can read them, and the people named may be put at risk. Write them only if the investigator needs them and may have them, and keep the folder safe.</source>
        <translation>В папке {folder} будут открыто записаны имена и контакты свидетелей, пострадавших и владельцев. Любой, кто получит папку, сможет их прочитать, и названные люди могут оказаться в опасности. Записывайте их, только если следователю они нужны и он вправе их получить, и храните папку в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="131"/>
        <source>Written to {path}: records {records}, revisions {revisions}, photos and files {media}, from {devices} devices. Organisation fingerprint: {fingerprint}.</source>
        <translation>Записано в {path}: записей {records}, редакций {revisions}, фото и файлов {media}, с устройств: {devices}. Отпечаток организации: {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="144"/>
        <source>Photos with C2PA Content Credentials: {count}, in data/published.</source>
        <translation>Фотографий с учётными данными C2PA (Content Credentials): {count}, в data/published.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_controller.py" line="149"/>
        <source>Photos without credentials (see evidence.json): {count}.</source>
        <translation>Фотографий без учётных данных (см. evidence.json): {count}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="108"/>
        <source>{done} of {total} files written</source>
        <translation>Записано файлов: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="112"/>
        <source>Export evidence package</source>
        <translation>Экспорт пакета доказательств</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="115"/>
        <source>A folder an investigator can check offline: every revision of the records, the original photos and files bit for bit, each device&apos;s signed custody log, certificates and receipts, signed by the organisation. It is checked with fieldreport-verify or with standard tools (VERIFY.md inside explains how).</source>
        <translation>Папка, которую следователь может проверить без сети: все редакции записей, исходные фото и файлы бит в бит, подписанный журнал хранения каждого устройства, сертификаты и квитанции, с подписью организации. Проверяется программой fieldreport-verify или стандартными средствами (как — объясняет VERIFY.md внутри).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="121"/>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="123"/>
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="124"/>
        <source>The {count} records behind the figure</source>
        <translation>Записи за этой цифрой ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="127"/>
        <source>The {count} records selected in the list</source>
        <translation>Выбранные в списке записи ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="133"/>
        <source>&amp;Summary language:</source>
        <translation>Язык &amp;сводки:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="134"/>
        <source>&amp;Include names and contacts (identifying data)</source>
        <translation>&amp;Включить имена и контакты (идентифицирующие данные)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="137"/>
        <source>Names and contacts of witnesses, people affected and owners will be written in the clear: anyone who gets the folder can read them. Leave this off unless the investigator needs them and may have them.</source>
        <translation>Имена и контакты свидетелей, пострадавших и владельцев будут записаны открыто: любой, кто получит папку, сможет их прочитать. Не включайте, если следователю они не нужны или он не вправе их получить.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="142"/>
        <source>&amp;Also photos with C2PA Content Credentials, for publication</source>
        <translation>&amp;Также фотографии с учётными данными C2PA (Content Credentials) для публикации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="145"/>
        <source>A copy of each photo with a C2PA manifest signed by the organisation (capture hash, device, custody entry), which any C2PA reader can check. Unless the box below is ticked, the copy has no metadata (EXIF, GPS position) and the manifest no names or captions.</source>
        <translation>Копия каждой фотографии с манифестом C2PA, подписанным организацией (хеш снимка, устройство, запись журнала цепочки хранения), который может проверить любая программа чтения C2PA. Если отметка ниже не стоит, в копии нет метаданных (EXIF, GPS-координаты), а в манифесте — имён и подписей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="152"/>
        <source>This installation has no c2pa-python package; a coordinator installs it with pip to add C2PA Content Credentials.</source>
        <translation>В этой установке нет пакета c2pa-python; чтобы добавлять учётные данные C2PA, координатор устанавливает его через pip.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="156"/>
        <source>&amp;Choose the folder and start…</source>
        <translation>Выбрать папку и &amp;начать…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="157"/>
        <source>&amp;Cancel</source>
        <translation>Отм&amp;ена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/evidence_dialog.py" line="157"/>
        <source>C&amp;lose</source>
        <translation>За&amp;крыть</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="135"/>
        <source>Situation report</source>
        <translation>Отчёт о ситуации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="138"/>
        <source>A PDF for observers and partners: the figures with their ranges, a chart per breakdown, the incidents, and the records behind every figure.</source>
        <translation>PDF для наблюдателей и партнёров: цифры с диапазонами, диаграмма по каждой разбивке, инциденты и записи, на которых основана каждая цифра.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="146"/>
        <source>Export records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="149"/>
        <source>The records chosen, for spreadsheets (CSV, Excel), maps (GeoJSON, KML) and humanitarian tools (HXL).</source>
        <translation>Выбранные записи — для таблиц (CSV, Excel), карт (GeoJSON, KML) и гуманитарных инструментов (HXL).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="153"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="155"/>
        <source>CSV (UTF-8), for any spreadsheet</source>
        <translation>CSV (UTF-8), для любой таблицы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="156"/>
        <source>Excel workbook, a sheet per kind</source>
        <translation>Книга Excel, лист на каждый вид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="157"/>
        <source>GeoJSON, for QGIS and web maps</source>
        <translation>GeoJSON, для QGIS и веб-карт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="158"/>
        <source>KML, for Google Earth</source>
        <translation>KML, для Google Earth</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="159"/>
        <source>HXL-tagged CSV, for HDX tools</source>
        <translation>CSV с тегами HXL, для инструментов HDX</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="163"/>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="164"/>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="169"/>
        <source>F&amp;rom:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="171"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="172"/>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="173"/>
        <source>&amp;Settlement:</source>
        <translation>&amp;Населённый пункт:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="175"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty for any</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; пусто — любая</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="177"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="178"/>
        <source>&amp;Include names and contacts (identifying data)</source>
        <translation>&amp;Включить имена и контакты (идентифицирующие данные)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="181"/>
        <source>Names and contacts of witnesses, people affected and owners will be written in the clear: anyone who gets the file can read them. Leave this off unless the recipient needs them and may have them.</source>
        <translation>Имена и контакты свидетелей, пострадавших и владельцев будут записаны открытым текстом: любой, у кого окажется файл, сможет их прочитать. Не включайте, если получателю они не нужны или не положены.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="186"/>
        <source>&amp;Choose the file and start…</source>
        <translation>Выбрать файл и на&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="187"/>
        <source>&amp;Cancel</source>
        <translation>Отм&amp;ена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/export_dialog.py" line="187"/>
        <source>C&amp;lose</source>
        <translation>За&amp;крыть</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="67"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="72"/>
        <source>Save the export</source>
        <translation>Сохранить экспорт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="79"/>
        <source>Write names and contacts?</source>
        <translation>Записать имена и контакты?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="80"/>
        <source>{file} will hold the names and contacts of witnesses, people affected and owners, in the clear. Anyone who gets the file can read them, and the people named may be put at risk. Write them only if the recipient needs them and may have them, and keep the file safe.</source>
        <translation>В {file} будут открытым текстом имена и контакты свидетелей, пострадавших и владельцев. Любой, у кого окажется файл, сможет их прочитать, и названные люди могут оказаться в опасности. Записывайте их, только если получателю они нужны и положены, и храните файл в безопасности.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="112"/>
        <source>Stopped before it began; nothing was written.</source>
        <translation>Остановлено до начала; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="149"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="158"/>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="163"/>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="209"/>
        <source>Written to {path}.</source>
        <translation>Записано в {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="190"/>
        <source>Export without metadata</source>
        <translation>Экспорт без метаданных</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="192"/>
        <source>Export the original</source>
        <translation>Экспорт оригинала</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/exports_controller.py" line="197"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="110"/>
        <source>Date is approximate</source>
        <translation>Дата приблизительная</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="111"/>
        <source>Tick when the witness is not sure of the date.</source>
        <translation>Отметьте, если свидетель не уверен в дате.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="118"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="120"/>
        <source>A draft may be incomplete; a final record must pass every check.</source>
        <translation>Черновик может быть неполным; окончательная запись должна пройти все проверки.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="124"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="125"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="129"/>
        <source>Related records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="130"/>
        <source>For example the incidents a statement describes, or the statement that reports a person.</source>
        <translation>Например, инциденты, описанные в показаниях, или показания, в которых сообщается о человеке.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="139"/>
        <source>Attached media</source>
        <extracomment>Attached media ids: an envelope field managed by the media panel, not by the form.</extracomment>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="149"/>
        <source>Title</source>
        <extracomment>Every envelope field spec (the common fields plus media).</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="152"/>
        <source>A short description, without names of people.</source>
        <translation>Краткое описание без имён людей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="157"/>
        <source>Date of the incident</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="159"/>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="40"/>
        <source>YYYY-MM-DD; YYYY-MM if the day is not known; YYYY if only the year is.</source>
        <extracomment>The date format, explained under every date field whose own help does not already.</extracomment>
        <translation>ГГГГ-ММ-ДД; ГГГГ-ММ, если день неизвестен; ГГГГ, если известен только год.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="166"/>
        <source>Lasted until</source>
        <translation>Продолжалось до</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="167"/>
        <source>Only if the incident lasted more than one day.</source>
        <translation>Только если инцидент длился больше одного дня.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="170"/>
        <location filename="../../fieldreport/domain/schema.py" line="315"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="174"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="178"/>
        <location filename="../../fieldreport/domain/schema.py" line="353"/>
        <location filename="../../fieldreport/domain/schema.py" line="393"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="182"/>
        <source>Alleged perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="184"/>
        <source>As reported by witnesses; never asserted as fact.</source>
        <translation>Со слов свидетелей; не утверждается как факт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="189"/>
        <source>Reported counts</source>
        <translation>Сообщённые цифры</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="190"/>
        <source>Figures as reported, each with its source.</source>
        <translation>Цифры в том виде, как о них сообщили, с указанием источника каждой.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="197"/>
        <source>Witness code</source>
        <translation>Код свидетеля</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="200"/>
        <source>The pseudonym used everywhere, e.g. W-014. Never the real name.</source>
        <translation>Псевдоним для всех записей, напр. W-014. Не настоящее имя.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="207"/>
        <source>Witness full name</source>
        <translation>ФИО свидетеля</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="214"/>
        <source>Witness contact</source>
        <translation>Контакты свидетеля</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="221"/>
        <location filename="../../fieldreport/domain/schema.py" line="364"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="228"/>
        <location filename="../../fieldreport/domain/schema.py" line="375"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="232"/>
        <location filename="../../fieldreport/domain/schema.py" line="386"/>
        <source>Place of residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="236"/>
        <source>Role of the witness</source>
        <translation>Роль свидетеля</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="243"/>
        <source>Consent given</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="245"/>
        <source>Without the witness&apos;s consent the statement can only be kept as a draft.</source>
        <translation>Без согласия свидетеля показания можно сохранить только как черновик.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="252"/>
        <source>Consent covers</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="254"/>
        <location filename="../../fieldreport/domain/schema.py" line="261"/>
        <source>Required when consent is given.</source>
        <translation>Обязательно, если согласие получено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="259"/>
        <source>How consent was given</source>
        <translation>Как получено согласие</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="263"/>
        <source>Interview date</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="264"/>
        <source>Interview location</source>
        <translation>Место интервью</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="268"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="275"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="282"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="288"/>
        <source>Statement</source>
        <translation>Текст показаний</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="290"/>
        <source>The statement in the witness&apos;s own words.</source>
        <translation>Показания собственными словами свидетеля.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="297"/>
        <source>Type of property</source>
        <translation>Тип имущества</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="304"/>
        <source>Owner name</source>
        <translation>Имя владельца</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="311"/>
        <source>Owner contact</source>
        <translation>Контакты владельца</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="319"/>
        <source>Damage level</source>
        <translation>Степень ущерба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="326"/>
        <source>Causes</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="330"/>
        <source>Date of the damage</source>
        <translation>Дата причинения ущерба</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="335"/>
        <source>Date of the assessment</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="341"/>
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="345"/>
        <source>Estimated cost</source>
        <translation>Оценочная стоимость</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="346"/>
        <source>Livestock lost</source>
        <translation>Потери скота</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="350"/>
        <source>Households displaced</source>
        <translation>Перемещённые домохозяйства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="359"/>
        <source>What happened to the person</source>
        <translation>Что произошло с человеком</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="363"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="368"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="370"/>
        <location filename="../../fieldreport/domain/schema.py" line="377"/>
        <source>Give the age or the age group.</source>
        <translation>Укажите возраст или возрастную группу.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="382"/>
        <source>Civilian</source>
        <translation>Гражданское лицо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="387"/>
        <source>Date of the event</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="389"/>
        <source>Place of the event</source>
        <translation>Место события</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="394"/>
        <source>Injuries, circumstances.</source>
        <translation>Ранения, обстоятельства.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="30"/>
        <source>People killed</source>
        <translation>Погибшие</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="31"/>
        <source>People injured</source>
        <translation>Раненые</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="32"/>
        <source>People missing</source>
        <translation>Пропавшие без вести</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="33"/>
        <source>People detained or held hostage</source>
        <translation>Задержанные или взятые в заложники</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="34"/>
        <source>People displaced</source>
        <translation>Вынужденно перемещённые</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="35"/>
        <source>Houses burned</source>
        <translation>Сожжённые дома</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="36"/>
        <source>Livestock taken (head)</source>
        <translation>Угнанный скот (голов)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="43"/>
        <source>Species</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="44"/>
        <source>Number of animals</source>
        <translation>Число голов</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="45"/>
        <source>What happened to them</source>
        <translation>Что с ними стало</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="49"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="50"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="65"/>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="66"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="67"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="68"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="69"/>
        <source>Address or place description</source>
        <translation>Адрес или ориентиры</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="70"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="71"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/shapes.py" line="72"/>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="107"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="275"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="276"/>
        <source>Words from any field, or a record&apos;s id (Ctrl+F)</source>
        <translation>Слова из любого поля или идентификатор записи (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="277"/>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="278"/>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="283"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="284"/>
        <source>Draft or final</source>
        <translation>Черновик или окончательная</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="285"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="286"/>
        <source>Final</source>
        <translation>Окончательные</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="287"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="288"/>
        <source>Every device</source>
        <translation>Все устройства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="289"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="290"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="291"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="293"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="300"/>
        <source>A date, a month (2021-04) or a year; leave empty for any</source>
        <translation>Дата, месяц (2021-04) или год; пусто — любая дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="301"/>
        <source>&amp;Area:</source>
        <translation>Те&amp;рритория:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="303"/>
        <source>Every region</source>
        <translation>Все области</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="304"/>
        <source>Every district</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="305"/>
        <source>Every settlement</source>
        <translation>Все населённые пункты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="311"/>
        <source>Possible duplicat&amp;es only</source>
        <translation>Только воз&amp;можные дубликаты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="313"/>
        <source>Records in a pair that may be one person or property, not yet reviewed</source>
        <translation>Записи из пар, которые могут быть одним человеком или объектом и ещё не проверены</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="315"/>
        <source>Deleted &amp;too</source>
        <translation>Включая у&amp;далённые</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="318"/>
        <source>Also list records their device deleted: every revision the centre received is kept, and a deletion may have been forced</source>
        <translation>Показывать и записи, удалённые на устройстве: все полученные центром версии хранятся, а удаление могло быть вынужденным</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/filter_bar.py" line="322"/>
        <source>&amp;Clear filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="71"/>
        <location filename="../../fieldreport/ui/first_start.py" line="103"/>
        <source>Join an organisation</source>
        <translation>Подключение к организации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="73"/>
        <source>Join {org}?</source>
        <translation>Подключиться к организации {org}?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="76"/>
        <source>This organisation&apos;s provisioning file came with the app:
{path}

The organisation&apos;s fingerprint:
{fingerprint}

Join only if your coordinator gives you the same fingerprint. You then save an enrollment request for the coordinator. You can also join later on the Sync page.</source>
        <translation>Файл настройки этой организации поставлен вместе с программой:
{path}

Отпечаток ключа организации:
{fingerprint}

Подключайтесь, только если координатор назовёт вам такой же отпечаток. Затем сохраните запрос на подключение для координатора. Подключиться можно и позже, на странице «Синхронизация».</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="86"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="89"/>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="105"/>
        <source>The provisioning file that came with the app was refused; nothing was changed.</source>
        <translation>Файл настройки организации, поставленный вместе с программой, отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/first_start.py" line="111"/>
        <source>{path}: {reason}

Ask your coordinator for a new provisioning file and join with it on the Sync page.</source>
        <translation>{path}: {reason}

Попросите у координатора новый файл настройки организации и подключитесь с ним на странице «Синхронизация».</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="32"/>
        <source>Records: {records}, photos and files: {media}. They move from “{old}” to “{new}”.

From now on the centre accepts changes to them only from “{new}”; changes from “{old}” are refused, with an alarm. The organisation&apos;s key signs the decision and the centre&apos;s custody log keeps it; it cannot be undone, only handed back.</source>
        <translation>Записей: {records}, фото и файлов: {media} — переходят от «{old}» к «{new}».

С этого момента центр принимает их изменения только от «{new}»; изменения от «{old}» отклоняются, с тревогой. Решение подписывается ключом организации и сохраняется в журнале цепочки хранения центра; отменить его нельзя, можно только передать записи обратно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="77"/>
        <source>The centre does not know which device owns this record.</source>
        <translation>Центр не знает, какому устройству принадлежит эта запись.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="96"/>
        <source>No other approved device can take them: approve the new device first (Approve a request…).</source>
        <translation>Нет другого одобренного устройства, которое может их принять: сначала одобрите новое устройство (Одобрить запрос…).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="103"/>
        <source>Hand over to which device?</source>
        <translation>Какому устройству передать?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="104"/>
        <source>The records of “{old}” go to:</source>
        <translation>Записи «{old}» переходят к:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="113"/>
        <source>Hand these records over?</source>
        <translation>Передать эти записи?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/handover_actions.py" line="124"/>
        <source>Handed over to “{new}”: records: {records}, photos and files: {media} (signed decision {id}, entry {seq} of the centre&apos;s custody log).</source>
        <translation>Передано «{new}»: записей — {records}, фото и файлов — {media} (подписанное решение {id}, запись {seq} журнала цепочки хранения центра).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="150"/>
        <source>{kind} — revision {revision}, saved {saved}</source>
        <translation>{kind} — версия {revision}, сохранена {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="156"/>
        <source>This revision deleted the record. It still shows what the record held when it was deleted.</source>
        <translation>В этой версии запись была удалена. Здесь показано, что содержала запись на момент удаления.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="192"/>
        <source>Records that link to this one</source>
        <translation>Записи, которые ссылаются на эту</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="220"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="221"/>
        <source>History of the record</source>
        <translation>История записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="224"/>
        <source>Every save is kept as a revision. Select a revision to see what it held. Revisions cannot be changed.</source>
        <translation>Каждое сохранение хранится как версия. Выберите версию, чтобы увидеть её содержимое. Версии изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="228"/>
        <source>Show as &amp;JSON</source>
        <translation>&amp;Показать как JSON</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/history.py" line="229"/>
        <source>The revision exactly as stored, with its field keys</source>
        <translation>Версия точно в том виде, в каком хранится, с ключами полей</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="177"/>
        <source>Looking for files…</source>
        <translation>Поиск файлов…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="183"/>
        <source>File {number} of {total}</source>
        <translation>Файл {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="186"/>
        <source>{done} of {total} read and encrypted</source>
        <translation>Прочитано и зашифровано {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="192"/>
        <source>Cancelling… the file being read is not kept.</source>
        <translation>Отмена… файл, который сейчас читается, не сохранится.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="207"/>
        <source>Import cancelled. Files stored before it stopped are kept.</source>
        <translation>Импорт отменён. Файлы, сохранённые до остановки, остаются в хранилище.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="210"/>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="211"/>
        <source>Stored, encrypted: {count}</source>
        <translation>Сохранено в зашифрованном виде: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="213"/>
        <source>Already in the vault (not stored twice): {count}</source>
        <translation>Уже есть в хранилище (повторно не сохраняются): {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="218"/>
        <source>Refused: {count}</source>
        <translation>Не принято: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="228"/>
        <source>Files of other types can be kept as generic documents if they are evidence; FieldReport cannot show them, only export them.</source>
        <translation>Файлы других типов можно сохранить как обычные документы, если это доказательства; FieldReport не сможет их показать, только экспортировать.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="234"/>
        <source>Importing photos and files</source>
        <translation>Импорт фото и файлов</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="235"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="236"/>
        <source>&amp;Keep as generic documents</source>
        <translation>&amp;Сохранить как документы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/import_dialog.py" line="237"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
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
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="235"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="236"/>
        <source>Import &amp;bundle files…</source>
        <translation>Импортировать &amp;пакеты…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="237"/>
        <source>&amp;Save receipts…</source>
        <translation>&amp;Сохранить квитанции…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="239"/>
        <source>Write a signed receipt for every bundle imported here, into a folder</source>
        <translation>Записать в папку подписанную квитанцию на каждый импортированный здесь пакет</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="243"/>
        <source>Choose bundle files, or drop them here. Each bundle is checked completely before anything is stored; give the receipts back to the devices.</source>
        <translation>Выберите файлы пакетов или перетащите их сюда. Каждый пакет полностью проверяется, прежде чем что-либо сохраняется; передайте квитанции обратно на устройства.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="247"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="252"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="253"/>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="254"/>
        <source>Held</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="255"/>
        <source>Quarantined</source>
        <translation>На карантине</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="256"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="265"/>
        <source>bundle {sequence} of device {device}: new record revisions: {revisions}, photos and files: {media}, custody-log entries: {entries}</source>
        <translation>пакет {sequence} устройства {device}: новых версий записей — {revisions}, фото и файлов — {media}, записей журнала цепочки хранения — {entries}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="279"/>
        <source>bundle {sequence} of device {device}: {reason}</source>
        <translation>пакет {sequence} устройства {device}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="282"/>
        <source>bundle {sequence} of device {device}: nothing changed</source>
        <translation>пакет {sequence} устройства {device}: ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/pages.py" line="286"/>
        <source>device {device} is not approved yet; kept until it is</source>
        <translation>устройство {device} ещё не одобрено; пакет хранится до одобрения</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="28"/>
        <source>The file cannot be read.</source>
        <translation>Файл не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="29"/>
        <source>The bundle is too large ({size} bytes; at most {limit}).</source>
        <translation>Пакет слишком большой ({size} байт; допускается не более {limit}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="32"/>
        <source>The bundle is damaged or was altered (its encryption or its contents do not check out); nothing was stored.</source>
        <translation>Пакет повреждён или изменён (его шифрование или содержимое не проходят проверку); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="37"/>
        <source>The bundle is not addressed to this organisation (it was encrypted to another key), or its header is damaged.</source>
        <translation>Пакет адресован не этой организации (он зашифрован для другого ключа), или повреждён его заголовок.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="42"/>
        <source>The bundle is for another organisation.</source>
        <translation>Пакет предназначен для другой организации.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="43"/>
        <source>The bundle is not signed by device {device}: it was altered or forged.</source>
        <translation>Пакет не подписан устройством {device}: он изменён или подделан.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="47"/>
        <source>Device {device} was revoked on {revoked_at}; its bundles are refused.</source>
        <translation>Доступ устройства {device} отозван {revoked_at}; его пакеты не принимаются.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="50"/>
        <source>The bundle is not in the expected format; it was refused. Point at this line for the technical detail.</source>
        <translation>Пакет не соответствует ожидаемому формату и отклонён. Наведите указатель на эту строку, чтобы увидеть технические подробности.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="55"/>
        <source>The item {item} is missing from the bundle or does not match its manifest: the bundle was altered or damaged.</source>
        <translation>Элемент {item} отсутствует в пакете или не совпадает с его описью: пакет изменён или повреждён.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="60"/>
        <source>The media item {item} in the bundle is not sealed as its manifest says (its key does not open it, or its length does not fit): the bundle was altered or forged.</source>
        <translation>Медиафайл {item} в пакете запечатан не так, как указано в его описи (его ключ его не открывает или его длина не сходится): пакет изменён или подделан.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="65"/>
        <source>The custody log in the bundle does not verify: it was altered, or not signed by the device.</source>
        <translation>Журнал цепочки хранения в пакете не проходит проверку: он изменён или не подписан устройством.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="70"/>
        <source>The items in the bundle do not match its custody log; it was refused.</source>
        <translation>Элементы пакета не совпадают с его журналом цепочки хранения; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="74"/>
        <source>{item} already came from another device or with other content; the bundle was refused.</source>
        <translation>{item} уже поступил с другого устройства или с другим содержимым; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="79"/>
        <source>ALARM: device {device} changed a record or file of device {owner}; the bundle was refused and nothing in it was stored. A device may change only what it created: check device {device}, or hand the records over if they should move to it. ({item})</source>
        <translation>ТРЕВОГА: устройство {device} изменило запись или файл устройства {owner}; пакет отклонён, из него ничего не сохранено. Устройство может изменять только то, что создало само: проверьте устройство {device} или передайте ему записи, если они должны перейти к нему. ({item})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="86"/>
        <source>ALARM: device {device} sent a custody log that contradicts the one imported before. Two different histories exist for one device: its key may have been copied or the device altered. The bundle was refused; keep the file and check the device.</source>
        <translation>ТРЕВОГА: устройство {device} прислало журнал цепочки хранения, который противоречит импортированному ранее. У одного устройства существуют две разные истории: его ключ мог быть скопирован или устройство изменено. Пакет отклонён; сохраните файл и проверьте устройство.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="93"/>
        <source>The bundle file changed while it was read; import it again.</source>
        <translation>Файл пакета изменился во время чтения; импортируйте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="96"/>
        <source>Quarantine is full for device {device}: the bundle was not kept. Approve the device, or discard what waits for it, then import the bundle again.</source>
        <translation>Карантин для устройства {device} заполнен: пакет не сохранён. Одобрите устройство или удалите то, что ждёт его одобрения, затем импортируйте пакет снова.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="101"/>
        <source>Bundle {sequence} of device {device} arrived before bundle {missing}; it is kept and will be imported when the missing bundle arrives.</source>
        <translation>Пакет {sequence} устройства {device} пришёл раньше пакета {missing}; он сохранён и будет импортирован, когда придёт недостающий пакет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="106"/>
        <source>Bundle {sequence} of device {device} follows a bundle ({previous}…) that has not arrived; it is kept and will be imported when that bundle arrives.</source>
        <translation>Пакет {sequence} устройства {device} следует за пакетом ({previous}…), который ещё не пришёл; он сохранён и будет импортирован, когда тот пакет придёт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="111"/>
        <source>The bundle carries custody-log entries from {first} on, but this store has the device&apos;s entries only up to {head}; it is kept until the bundle in between arrives.</source>
        <translation>Пакет содержит записи журнала цепочки хранения начиная с {first}, а в этом хранилище есть записи устройства только до {head}; пакет сохранён до прихода промежуточного пакета.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="117"/>
        <source>Device {device} is not approved yet; the bundle is kept and will be imported when it is.</source>
        <translation>Устройство {device} ещё не одобрено; пакет сохранён и будет импортирован после одобрения.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reasons.py" line="122"/>
        <source>Everything in it (custody-log entries {log_from}–{log_to}) came in another bundle; nothing changed.</source>
        <translation>Всё его содержимое (записи журнала цепочки хранения {log_from}–{log_to}) уже пришло в другом пакете; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="95"/>
        <source>Incident</source>
        <extracomment>Maximum length in characters for text types (None: the type&apos;s default). Largest value accepted for an ``int`` (None: no limit).</extracomment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="96"/>
        <source>Witness statement</source>
        <translation>Показания свидетеля</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="97"/>
        <source>Damage record</source>
        <translation>Запись об ущербе</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="98"/>
        <source>Person affected</source>
        <translation>Пострадавшее лицо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="101"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="102"/>
        <source>Witness statements</source>
        <translation>Показания свидетелей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="103"/>
        <source>Damage records</source>
        <translation>Записи об ущербе</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/schema.py" line="104"/>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="162"/>
        <source>Link related records</source>
        <translation>Связать записи</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="141"/>
        <source>Add &amp;link…</source>
        <extracomment>The vault&apos;s records as the picker reads them (None while the vault is locked).</extracomment>
        <translation>&amp;Добавить связь…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="142"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/links_editor.py" line="144"/>
        <source>Records that link to this one (change them in their own form):</source>
        <translation>Записи, которые ссылаются на эту (изменяются в своей форме):</translation>
    </message>
</context>
<context>
    <name>LivestockEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="163"/>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="202"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="200"/>
        <source>&amp;Add animals</source>
        <translation>Добавить &amp;животных</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/location_editor.py" line="190"/>
        <source>Village or town</source>
        <translation>Село или город</translation>
    </message>
</context>
<context>
    <name>LogAlarmActions</name>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="25"/>
        <source>Clear the alarm</source>
        <translation>Снять тревогу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="27"/>
        <source>Only if your coordinator has explained why the organisation&apos;s log changed: forget the checkpoint this device kept and take the organisation&apos;s log as it is now as the new start? The alarm stays recorded in this device&apos;s custody log; nothing is deleted.</source>
        <translation>Только если координатор объяснил, почему изменился журнал организации: забыть контрольную точку, которую хранит это устройство, и принять журнал организации в нынешнем виде как новую отправную точку? Тревога остаётся записанной в журнале цепочки хранения этого устройства; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="36"/>
        <source>C&amp;lear the alarm</source>
        <translation>&amp;Снять тревогу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/log_alarm_actions.py" line="61"/>
        <source>The alarm is cleared: the next checkpoint of the organisation&apos;s log is kept as the new start.</source>
        <translation>Тревога снята: следующая контрольная точка журнала организации будет сохранена как новая отправная точка.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="37"/>
        <source>Delete this record? {kind}: “{title}”</source>
        <translation>Удалить эту запись? {kind}: «{title}»</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="143"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="156"/>
        <source>Delete record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="159"/>
        <source>It disappears from the lists. Its earlier revisions stay in the history: Records → Show deleted records.</source>
        <translation>Она исчезнет из списков. Её прежние версии останутся в истории: Записи → Показать удалённые записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="168"/>
        <location filename="../../fieldreport/ui/window_actions.py" line="187"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/record_actions.py" line="171"/>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="160"/>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
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
        <translation>Записей: {total} — инцидентов: {incidents}, показаний: {statements}, записей об ущербе: {damage}, пострадавших: {people}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="393"/>
        <source>This device: {fingerprint}…</source>
        <translation>Это устройство: {fingerprint}…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="399"/>
        <source>FieldReport — demo</source>
        <translation>FieldReport — демо</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window.py" line="405"/>
        <source>Demo vault with fictional records; it is deleted when you quit. Its passphrase, to try locking and unlocking: {passphrase}</source>
        <translation>Демо-хранилище с вымышленными записями; оно удаляется при выходе из программы. Его парольная фраза — чтобы попробовать блокировку и разблокировку: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="143"/>
        <source>Discard unsaved forms</source>
        <translation>Удаление несохранённых форм</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="145"/>
        <source>Discard what was typed in the forms that were not saved?</source>
        <translation>Удалить то, что было введено в несохранённых формах?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="150"/>
        <source>It is deleted from the vault and cannot be restored.</source>
        <translation>Это будет удалено из хранилища без возможности восстановления.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/unsaved_forms.py" line="157"/>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="105"/>
        <source>Add photos and files to the vault</source>
        <translation>Добавление фото и файлов в хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="113"/>
        <source>Add a folder (with its subfolders) to the vault</source>
        <translation>Добавление папки (с вложенными папками) в хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="128"/>
        <source>They are listed under Photos and files, not attached to a record.</source>
        <translation>Они находятся в разделе «Фото и файлы» и не прикреплены к записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="187"/>
        <source>Attach to a record</source>
        <translation>Прикрепить к записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="188"/>
        <source>Choose the record to attach them to. Chosen photos and files: {count}</source>
        <translation>Выберите запись, к которой их прикрепить. Выбрано фото и файлов: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="206"/>
        <source>Attached to “{title}”: {count}</source>
        <translation>Прикреплено к «{title}»: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_actions.py" line="233"/>
        <source>Taken off their records: {count}. They stay under Photos and files.</source>
        <translation>Откреплено от записей: {count}. Они остаются в разделе «Фото и файлы».</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="31"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="181"/>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="182"/>
        <source>S&amp;ync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="185"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактировать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="188"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="189"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="190"/>
        <source>Show de&amp;leted records</source>
        <translation>Показать уда&amp;лённые записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="191"/>
        <source>Add photos and &amp;files…</source>
        <translation>Добавить &amp;фото и файлы…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="192"/>
        <source>Add a f&amp;older of photos…</source>
        <translation>Добавить &amp;папку с фото…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="193"/>
        <source>Show &amp;photos and files</source>
        <translation>Показать ф&amp;ото и файлы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="194"/>
        <source>&amp;Attach chosen to a record…</source>
        <translation>При&amp;крепить выбранное к записи…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="195"/>
        <source>&amp;Detach chosen</source>
        <translation>Откр&amp;епить выбранное</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="196"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Подключиться к организации…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="197"/>
        <source>Install the &amp;certificate…</source>
        <translation>Установить сер&amp;тификат…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="198"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation>Экспортировать з&amp;аново всё неподтверждённое…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="201"/>
        <source>Ser&amp;ver address…</source>
        <translation>Адрес с&amp;ервера…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="202"/>
        <source>Se&amp;ttings</source>
        <translation>Н&amp;астройки</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="205"/>
        <source>Open the Sync &amp;page</source>
        <translation>Открыть страницу &amp;синхронизации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="206"/>
        <source>E&amp;xport a bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="207"/>
        <source>&amp;Import a receipt…</source>
        <translation>Импортировать &amp;квитанцию…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="208"/>
        <source>Sync &amp;now over the network</source>
        <translation>Синхронизировать по сети сей&amp;час</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="209"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="210"/>
        <source>&amp;About FieldReport</source>
        <translation>&amp;О программе FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="213"/>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="214"/>
        <source>Edit the selected record (Enter)</source>
        <translation>Редактировать выбранную запись (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="215"/>
        <source>Delete the selected record (Delete)</source>
        <translation>Удалить выбранную запись (Delete)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="218"/>
        <source>Earlier revisions of the selected record</source>
        <translation>Прежние версии выбранной записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="221"/>
        <source>Search the records (Ctrl+F)</source>
        <translation>Поиск по записям (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="222"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="223"/>
        <source>Lock and quit FieldReport (Ctrl+Q)</source>
        <translation>Заблокировать и закрыть FieldReport (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="304"/>
        <source>Save the form as a draft</source>
        <translation>Сохранить форму как черновик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="305"/>
        <source>Save the form as final</source>
        <translation>Сохранить форму как окончательную</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="306"/>
        <source>Close a form or dialog</source>
        <translation>Закрыть форму или окно</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="314"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="327"/>
        <source>About FieldReport</source>
        <translation>О программе FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/window_actions.py" line="330"/>
        <source>FieldReport {version}: encrypted records of incidents, statements, damage and people, for field monitors working offline.</source>
        <translation>FieldReport {version}: зашифрованные записи об инцидентах, показаниях, ущербе и людях для полевых мониторов, работающих без сети.</translation>
    </message>
</context>
<context>
    <name>MediaDetails</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="15"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="16"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="17"/>
        <source>Original name</source>
        <translation>Исходное имя</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="18"/>
        <source>Imported</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="19"/>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="20"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="21"/>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="22"/>
        <source>Position (GPS)</source>
        <translation>Координаты (GPS)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="23"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="24"/>
        <source>Attached to</source>
        <translation>Прикреплено к</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_details.py" line="99"/>
        <source>No record</source>
        <translation>Не прикреплено к записям</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="168"/>
        <source>Stored safely. Its thumbnail and details (time, place, camera) are being read.</source>
        <extracomment>``media id`` → thumbnail JPEG bytes, ``b&quot;&quot;`` when none is stored, ``None`` when the vault cannot be asked now (an import is running): asked again at the next paint.</extracomment>
        <translation>Надёжно сохранено. Миниатюра и сведения (время, место, камера) ещё считываются.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="172"/>
        <source>Damaged: {reason} It is kept as it was received.</source>
        <translation>Повреждено: {reason} Файл сохранён в том виде, в каком был получен.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/media_list.py" line="180"/>
        <source>The image claims far more pixels than any camera makes (a possible decompression bomb); it was not decoded.</source>
        <translation>Изображение указывает гораздо больше пикселей, чем снимает любая камера (возможная «декомпрессионная бомба»); оно не было раскодировано.</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="144"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Открыть в просмотре</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="145"/>
        <source>E&amp;xport original…</source>
        <translation>&amp;Экспорт оригинала…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="147"/>
        <source>Writes the file exactly as the device sent it, with its metadata.</source>
        <translation>Сохраняет файл в точности таким, каким его прислало устройство, вместе с метаданными.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="149"/>
        <source>Export &amp;without metadata…</source>
        <translation>Экспорт &amp;без метаданных…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="151"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation>Копия для передачи другим: координаты, время и сведения о камере удаляются.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="159"/>
        <source>The device deleted this file before it was sent: only its description arrived.</source>
        <translation>Устройство удалило этот файл до отправки: пришло только его описание.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="161"/>
        <source>Received {origin}</source>
        <translation>Получен {origin}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="167"/>
        <source>Attached to:</source>
        <translation>Прикреплён к:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/media_pane.py" line="169"/>
        <source>Not attached to any record.</source>
        <translation>Не прикреплён ни к одной записи.</translation>
    </message>
</context>
<context>
    <name>MediaSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="126"/>
        <source>Making thumbnails and reading the photos&apos; details: {done} of {total}. The originals are already safe in the vault.</source>
        <extracomment>``(unattached only, search or None)`` → media items.</extracomment>
        <translation>Создаются миниатюры и считываются сведения о фотографиях: {done} из {total}. Оригиналы уже надёжно сохранены в хранилище.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="186"/>
        <source>Nothing matches.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="190"/>
        <source>No photos or files yet. Add them with the buttons above, drop files or folders onto this window, or add them from a record&apos;s form.</source>
        <translation>Фото и файлов пока нет. Добавьте их кнопками выше, перетащите файлы или папки в это окно или добавьте их из формы записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="196"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="197"/>
        <source>Sho&amp;w:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="198"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="199"/>
        <source>Not attached to a record</source>
        <translation>Не прикреплённые к записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="200"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="201"/>
        <source>Name, caption, camera, date (Ctrl+F)</source>
        <translation>Имя, подпись, камера, дата (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="202"/>
        <source>Add f&amp;iles…</source>
        <translation>Доб&amp;авить файлы…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="203"/>
        <source>Add a fol&amp;der…</source>
        <translation>Добавить папк&amp;у…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="204"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="205"/>
        <source>Show the chosen item (Enter)</source>
        <translation>Показать выбранный файл (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="206"/>
        <source>&amp;Attach to a record…</source>
        <translation>Прикр&amp;епить к записи…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="208"/>
        <source>Attach the chosen items (Ctrl+click or Shift+click to choose several)</source>
        <translation>Прикрепить выбранное (несколько — Ctrl+щелчок или Shift+щелчок)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="210"/>
        <source>De&amp;tach</source>
        <translation>Отк&amp;репить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="212"/>
        <source>Take the chosen items off their records; they stay in the vault</source>
        <translation>Открепить выбранное от записей; файлы остаются в хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="214"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="215"/>
        <source>Destroys the item (Delete); cannot be undone.</source>
        <translation>Уничтожает файл (Delete); отменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/media_section.py" line="217"/>
        <source>Files added here are not attached to a record until you attach them.</source>
        <translation>Добавленные здесь файлы не прикреплены к записи, пока вы их не прикрепите.</translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="56"/>
        <source>Its contents are not a supported type (whatever its name ends with). FieldReport keeps photos (JPEG, PNG, HEIC/HEIF, TIFF), audio (WAV, MP3, M4A/AAC, OGG/Opus), video (MP4, MOV) and PDF documents.</source>
        <translation>Содержимое файла не относится к поддерживаемым типам (каким бы ни было расширение в его имени). FieldReport хранит фото (JPEG, PNG, HEIC/HEIF, TIFF), аудио (WAV, MP3, M4A/AAC, OGG/Opus), видео (MP4, MOV) и документы PDF.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="63"/>
        <source>It is empty (0 bytes).</source>
        <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="65"/>
        <source>The image is damaged or incomplete (truncated).</source>
        <translation>Изображение повреждено или неполное (обрезано).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="69"/>
        <source>The image is far larger than any camera makes; it was refused as a possible decompression bomb.</source>
        <translation>Изображение намного больше, чем может снять любая камера; оно отклонено как возможная «бомба-распаковщик».</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="92"/>
        <source>Recordings cannot be played in FieldReport. Export the original to listen to it with another program.</source>
        <translation>Аудиозаписи нельзя воспроизвести в FieldReport. Экспортируйте оригинал, чтобы прослушать его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="98"/>
        <source>Videos cannot be played in FieldReport. Export the original to watch it with another program.</source>
        <translation>Видео нельзя воспроизвести в FieldReport. Экспортируйте оригинал, чтобы посмотреть его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/media_text.py" line="103"/>
        <source>Documents cannot be shown in FieldReport. Export the original to open it with another program.</source>
        <translation>Документы нельзя открыть в FieldReport. Экспортируйте оригинал, чтобы открыть его в другой программе.</translation>
    </message>
</context>
<context>
    <name>MediaType</name>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="25"/>
        <source>JPEG photo</source>
        <translation>Фото JPEG</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="26"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="27"/>
        <source>HEIC photo</source>
        <translation>Фото HEIC</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="28"/>
        <source>HEIF photo</source>
        <translation>Фото HEIF</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="29"/>
        <source>TIFF image</source>
        <translation>Изображение TIFF</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="30"/>
        <source>WAV recording</source>
        <translation>Аудиозапись WAV</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="31"/>
        <source>MP3 recording</source>
        <translation>Аудиозапись MP3</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="32"/>
        <source>M4A recording</source>
        <translation>Аудиозапись M4A</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="33"/>
        <source>AAC recording</source>
        <translation>Аудиозапись AAC</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="34"/>
        <source>OGG recording</source>
        <translation>Аудиозапись OGG</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="35"/>
        <source>Opus recording</source>
        <translation>Аудиозапись Opus</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="36"/>
        <source>MP4 video</source>
        <translation>Видео MP4</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="37"/>
        <source>MOV video</source>
        <translation>Видео MOV</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="38"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/media_types.py" line="43"/>
        <source>Other file</source>
        <extracomment>A file of any other type, kept only when the person asks for it.</extracomment>
        <translation>Другой файл</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="153"/>
        <source>There is no preview of this photo.</source>
        <extracomment>``{&quot;lat&quot;, &quot;lon&quot;, &quot;precision&quot;}`` → fills the record form&apos;s location.</extracomment>
        <translation>Для этого фото нет предпросмотра.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="203"/>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="260"/>
        <source>Export without metadata</source>
        <translation>Экспорт без метаданных</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="262"/>
        <source>Export the original</source>
        <translation>Экспорт оригинала</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="267"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="282"/>
        <source>Written to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="306"/>
        <source>This photo has no position (GPS) in its metadata.</source>
        <translation>В метаданных этой фотографии нет координат (GPS).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="310"/>
        <source>The record&apos;s position was set to {position}.</source>
        <translation>В запись внесены координаты {position}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="352"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="353"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="354"/>
        <source>Left arrow or Page Up</source>
        <translation>Стрелка влево или Page Up</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="355"/>
        <source>&amp;Next</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="356"/>
        <source>Right arrow or Page Down</source>
        <translation>Стрелка вправо или Page Down</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="357"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="359"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Увеличить (+, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="361"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Уменьшить (−, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="362"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/media_viewer.py" line="363"/>
        <source>Fit the picture to the window (0)</source>
        <translation>Вписать снимок в окно (0)</translation>
    </message>
</context>
<context>
    <name>MoneyEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/structured_editors.py" line="251"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="63"/>
        <source>No server address: the organisation&apos;s provisioning file has none. Bundles travel on a USB stick, or set an address if the coordinator gave you one.</source>
        <translation>Адрес сервера не задан: в файле настройки организации его нет. Пакеты переносятся на USB-накопителе; или укажите адрес, если координатор его дал.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="70"/>
        <source>Server: {url} (set on this computer)</source>
        <translation>Сервер: {url} (задан на этом компьютере)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="74"/>
        <source>Server: {url} (from the provisioning file)</source>
        <translation>Сервер: {url} (из файла настройки)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="78"/>
        <source>Sending: {sent} of {total}. You can keep working.</source>
        <translation>Отправка: {sent} из {total}. Можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="82"/>
        <source>Syncing with the organisation…</source>
        <translation>Синхронизация с организацией…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="85"/>
        <source>Offline: the server cannot be reached. Nothing is lost; sync tries again by itself.</source>
        <translation>Нет связи: сервер недоступен. Ничего не потеряно; синхронизация повторится сама.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="89"/>
        <source>New records wait to be sent; they go in a moment.</source>
        <translation>Новые записи ждут отправки; они уйдут через мгновение.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="91"/>
        <source>Up to date: everything recorded so far has reached the organisation.</source>
        <translation>Всё отправлено: всё записанное до сих пор дошло до организации.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="100"/>
        <source>Over the network</source>
        <translation>По сети</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="101"/>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать сей&amp;час</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="103"/>
        <source>Send what is new to the organisation&apos;s server and fetch receipts</source>
        <translation>Отправить новое на сервер организации и получить квитанции</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/network_box.py" line="105"/>
        <source>Ser&amp;ver address…</source>
        <translation>Адрес с&amp;ервера…</translation>
    </message>
</context>
<context>
    <name>OpenStorePage</name>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="135"/>
        <source>Create the organisation&apos;s central store</source>
        <translation>Создание центрального хранилища организации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="138"/>
        <source>The central store keeps the organisation&apos;s keys and everything the devices send, encrypted. Without its passphrase nobody can open it.</source>
        <translation>Центральное хранилище содержит в зашифрованном виде ключи организации и всё, что присылают устройства. Без его парольной фразы никто не сможет его открыть.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="142"/>
        <source>&amp;Create the store</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="143"/>
        <source>Creating the keys and the encrypted store…</source>
        <translation>Создаются ключи и зашифрованное хранилище…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="145"/>
        <source>The central store is locked</source>
        <translation>Центральное хранилище заблокировано</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="146"/>
        <source>Enter the passphrase of the central store.</source>
        <translation>Введите парольную фразу центрального хранилища.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="147"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="148"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="149"/>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="150"/>
        <source>Another &amp;folder…</source>
        <translation>Дру&amp;гая папка…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="151"/>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Название организации:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="152"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/open_page.py" line="153"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Повторите парольную &amp;фразу:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="64"/>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="200"/>
        <source>Households displaced</source>
        <extracomment>The groups of figures: (vocabulary of the keys, the figures&apos; attribute in a tally).</extracomment>
        <translation>Вынужденно переселённые домохозяйства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="209"/>
        <source>No incident in this selection reports counts.</source>
        <translation>Ни один инцидент в этой выборке не сообщает числа.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="214"/>
        <source>Possible duplicates not yet reviewed: {count}. Until they are, each of those records counts on its own.</source>
        <translation>Возможных дубликатов не проверено: {count}. Пока они не проверены, каждая из этих записей считается отдельно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="218"/>
        <source>Every possible duplicate in this selection has been reviewed.</source>
        <translation>Все возможные дубликаты в этой выборке проверены.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="222"/>
        <source>People and property are counted once however many records report them (records marked as the same count once). Groups confirmed as one: {clusters}.</source>
        <translation>Люди и имущество считаются один раз, сколько бы записей о них ни сообщало (записи, отмеченные как одно и то же, считаются один раз). Групп, подтверждённых как одна: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="226"/>
        <source>Records without a date left out of the period: {count}.</source>
        <translation>Записей без даты, не вошедших в период: {count}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="242"/>
        <source>Open the records behind this number ({count})</source>
        <translation>Открыть записи, на которых основано это число ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="251"/>
        <source>possible duplicates unreviewed: {count}</source>
        <translation>возможных дубликатов не проверено: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="268"/>
        <source>sources: {count}</source>
        <translation>источников: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="341"/>
        <source>People (each person counted once)</source>
        <translation>Люди (каждый человек считается один раз)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="342"/>
        <source>As incidents reported them (ranges where sources disagree)</source>
        <translation>По сообщениям об инцидентах (диапазоны, где источники расходятся)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="343"/>
        <source>Property, by the worst damage reported</source>
        <translation>Имущество, по наибольшему указанному ущербу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="344"/>
        <source>Property, by type</source>
        <translation>Имущество по типу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="345"/>
        <source>Livestock and households</source>
        <translation>Скот и домохозяйства</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="349"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="350"/>
        <source>Re&amp;view duplicates…</source>
        <translation>Проверить &amp;дубликаты…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="351"/>
        <source>C&amp;hart:</source>
        <translation>Ди&amp;аграмма:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="352"/>
        <source>By settlement</source>
        <translation>По населённым пунктам</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="353"/>
        <source>By date</source>
        <translation>По датам</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="360"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/overview_page.py" line="362"/>
        <source>Place unknown</source>
        <translation>Место неизвестно</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="21"/>
        <source>Too short: use at least 10 characters.</source>
        <translation>Слишком короткая: нужно не менее 10 символов.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="37"/>
        <source>Weak: add more words.</source>
        <translation>Слабая: добавьте ещё слов.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="40"/>
        <source>Fair: a few more words make it strong.</source>
        <translation>Средняя: ещё несколько слов сделают её надёжной.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="43"/>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/passphrase.py" line="44"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <location filename="../../fieldreport/domain/present.py" line="20"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/problem_banner.py" line="28"/>
        <source>Fields that need attention: {count}</source>
        <translation>Поля, требующие внимания: {count}</translation>
    </message>
</context>
<context>
    <name>PurgeActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="42"/>
        <source>Remove confirmed records</source>
        <translation>Удалить подтверждённые записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="46"/>
        <source>Nothing to remove: no record or file that the organisation confirmed is left on this laptop.</source>
        <translation>Удалять нечего: на этом ноутбуке не осталось записей и файлов, подтверждённых организацией.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="53"/>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="58"/>
        <source>Remove {records} record(s) and {files} file(s) that the organisation confirmed (receipts) from this laptop? Only stubs stay in the lists (held by the organisation); the organisation keeps them. Work not yet confirmed stays. This cannot be undone.</source>
        <translation>Удалить с этого ноутбука записи ({records}) и файлы ({files}), которые организация подтвердила (квитанции)? В списках останутся только заглушки («Хранится у организации»); у организации всё сохранится. Неподтверждённое останется. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="71"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/purge_actions.py" line="90"/>
        <source>Removed {records} record(s) and {files} file(s).</source>
        <translation>Удалено записей: {records}, файлов: {files}.</translation>
    </message>
</context>
<context>
    <name>ReadingIndicator</name>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="81"/>
        <source>Stopped. Change a filter to read again.</source>
        <translation>Остановлено. Измените фильтр, чтобы прочитать снова.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="84"/>
        <source>{what} {done} of {total}</source>
        <translation>{what} {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="93"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/reading_indicator.py" line="94"/>
        <source>Stop reading (Esc)</source>
        <translation>Остановить чтение (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="29"/>
        <source>Witness</source>
        <extracomment>Headings shown above the fields of each group object.</extracomment>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="30"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="31"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="32"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="34"/>
        <source>Tags, notes and links</source>
        <translation>Метки, примечания и связи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="35"/>
        <source>Personal data: never shown in lists and left out of anonymised exports.</source>
        <translation>Персональные данные: не показываются в списках и не попадают в обезличенный экспорт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_fields.py" line="44"/>
        <source>Settlement is required: type the village or town (choose it from the list if it is there).</source>
        <extracomment>A final record&apos;s place needs its settlement: say which part is missing.</extracomment>
        <translation>Нужен населённый пункт: введите село или город (выберите из списка, если он там есть).</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="306"/>
        <source>Unsaved changes</source>
        <extracomment>The revision the unsaved content was started on (kept across restores).</extracomment>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="307"/>
        <source>This record has changes that are not saved.</source>
        <translation>В записи есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="311"/>
        <source>Save them as a draft, or discard them?</source>
        <translation>Сохранить их как черновик или отбросить?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="308"/>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="361"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="315"/>
        <source>Save them as a draft, keep them encrypted to restore after the next unlock, or discard them?</source>
        <translation>Сохранить их как черновик, отложить в зашифрованном виде до следующей разблокировки или отбросить?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="319"/>
        <source>Keep for &amp;later</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="320"/>
        <source>Discard &amp;changes</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="321"/>
        <source>Keep &amp;editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="350"/>
        <source>New record: {kind}</source>
        <translation>Новая запись: {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="353"/>
        <source>final</source>
        <translation>окончательная</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="353"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="354"/>
        <source>{kind} — revision {revision}, {status}</source>
        <translation>{kind} — версия {revision}, {status}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="360"/>
        <source>* required for a final record. A draft may be incomplete.</source>
        <translation>* — обязательно для окончательной записи. Черновик может быть неполным.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="362"/>
        <source>Save as &amp;final</source>
        <translation>Сохранить &amp;окончательно</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="363"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="371"/>
        <source>Restored: content from {time} that was not saved yet.</source>
        <translation>Восстановлено: несохранённые данные от {time}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="378"/>
        <source>This record was changed since you started editing; saving will make a new revision on top of it.</source>
        <translation>Запись была изменена после того, как вы начали редактирование; при сохранении поверх неё будет создана новая версия.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_form.py" line="385"/>
        <source>The record you were editing is no longer there; saving will make a new record with this content.</source>
        <translation>Запись, которую вы редактировали, больше не существует; при сохранении будет создана новая запись с этим содержимым.</translation>
    </message>
</context>
<context>
    <name>RecordMedia</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="104"/>
        <source>Add photos and files to the record</source>
        <extracomment>The location a photo&apos;s GPS position fills, per kind.</extracomment>
        <translation>Добавление фото и файлов в запись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="110"/>
        <source>Add a folder (with its subfolders) to the record</source>
        <translation>Добавление папки (с вложенными папками) в запись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="122"/>
        <source>They are attached to this record.</source>
        <translation>Они прикреплены к этой записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/record_media.py" line="124"/>
        <source>They will be attached to this record when you save it.</source>
        <translation>Они будут прикреплены к этой записи, когда вы её сохраните.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="62"/>
        <source>Kind</source>
        <extracomment>The picker&apos;s size: wide enough for a title, a kind and a place side by side.</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="63"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="64"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="65"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="331"/>
        <source>The list could not be read.</source>
        <translation>Не удалось прочитать список.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="335"/>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="335"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="353"/>
        <source>Choose records</source>
        <translation>Выбор записей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="354"/>
        <source>Words from any field</source>
        <translation>Слова из любого поля</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="355"/>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="358"/>
        <source>Show one kind of record only</source>
        <translation>Показать записи только одного вида</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="359"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/record_picker.py" line="360"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="353"/>
        <source>No record matches the search.</source>
        <extracomment>The first rows a column&apos;s width is measured on. What the date and time columns hold at their widest. A cell&apos;s margins around its text (the style&apos;s, with room to spare). The running bar beside the heading while a list is read on the worker. ``(kind, search or None, deleted ones instead, order, descending)`` → the list (None while the vault is locked). The record to select once the list being read has arrived.</extracomment>
        <translation>Нет записей, соответствующих поиску.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="355"/>
        <source>No deleted records here.</source>
        <translation>Удалённых записей здесь нет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="358"/>
        <source>No records yet in “{kind}”.</source>
        <translation>В разделе «{kind}» пока нет записей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="360"/>
        <source>Press New (Ctrl+N) to add the first one.</source>
        <translation>Нажмите «Новая запись» (Ctrl+N), чтобы добавить первую.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="365"/>
        <source>The list could not be read.</source>
        <translation>Не удалось прочитать список.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="368"/>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="371"/>
        <source>Ordering the list…</source>
        <translation>Сортировка списка…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="376"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="377"/>
        <source>Words from any field (Ctrl+F)</source>
        <translation>Слова из любого поля (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="378"/>
        <source>Show &amp;deleted</source>
        <translation>Показать &amp;удалённые</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/record_section.py" line="380"/>
        <source>List the deleted records instead; their history can still be opened</source>
        <translation>Показать удалённые записи; их историю по-прежнему можно открыть</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="75"/>
        <source>Title</source>
        <extracomment>Rows asked of the source at a time (a 1366×768 screen shows about 20). The order (see ``fieldreport.storage.record_list.ORDERS``) a click on each column asks for. ``(offset, limit)`` → that slice of the list, in its order.</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="76"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="77"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="78"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="79"/>
        <source>Last saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="80"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="86"/>
        <source>Final</source>
        <translation>Окончательная</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="87"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="97"/>
        <source>Synced</source>
        <translation>Синхронизирована</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="99"/>
        <source>On its way (bundle {bundle})</source>
        <translation>В пути (пакет {bundle})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="103"/>
        <source>On its way (bundle {bundle}, waiting for the receipt)</source>
        <translation>В пути (пакет {bundle}, ждёт квитанции)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="106"/>
        <source>Not yet sent</source>
        <translation>Ещё не отправлена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/record_table.py" line="334"/>
        <source>Deleted</source>
        <extracomment>The roles ``data()`` answers; Qt asks each cell for a dozen. A click on a header: the list in that order (``ORDER_OF``), descending or not. id → the bundle carrying the record&apos;s latest revision (receipt awaited). The rows are deleted records (shown from &quot;Show deleted&quot;): their status says so.</extracomment>
        <translation>Удалена</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="190"/>
        <location filename="../../fieldreport/ui/central/record_view.py" line="423"/>
        <source>Select a record to read it.</source>
        <translation>Выберите запись, чтобы прочитать её.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="245"/>
        <source>Revision {revision} of {count}, saved {saved}</source>
        <translation>Версия {revision} из {count}, сохранена {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="251"/>
        <source>This revision deleted the record on its device. It still shows what the record held when it was deleted.</source>
        <translation>Эта версия удалила запись на её устройстве. Она по-прежнему показывает, что было в записи в момент удаления.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="264"/>
        <source>Photos and files: {count} (Enter or a double click opens one)</source>
        <translation>Фото и файлы: {count} (Enter или двойной щелчок открывает)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="268"/>
        <source>No photos or files attached.</source>
        <translation>Фото и файлы не прикреплены.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="289"/>
        <source>Alarm {number}: {what} ({item})</source>
        <translation>Тревога {number}: {what} ({item})</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="293"/>
        <source>acknowledged</source>
        <translation>принята к сведению</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="295"/>
        <source>Alarms</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="304"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="305"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="306"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="308"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="310"/>
        <source>{sequence}, received {received}</source>
        <translation>{sequence}, получен {received}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="317"/>
        <source>Custody-log entry</source>
        <translation>Запись журнала цепочки хранения</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="326"/>
        <source>Where it came from</source>
        <translation>Откуда поступила</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="337"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="338"/>
        <source>This record names</source>
        <translation>Эта запись ссылается на</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="339"/>
        <source>Named by</source>
        <translation>На неё ссылаются</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="343"/>
        <source>{id} (not received at the centre)</source>
        <translation>{id} (не поступила в центр)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="347"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="361"/>
        <source>Every revision</source>
        <translation>Все версии</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="364"/>
        <source>Revision {revision}, saved {saved}, {status}: </source>
        <translation>Версия {revision}, сохранена {saved}, {status}: </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="393"/>
        <source>{revision} of {count}</source>
        <translation>{revision} из {count}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="399"/>
        <source>Re&amp;vision:</source>
        <translation>В&amp;ерсия:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="400"/>
        <source>Show &amp;names and contacts</source>
        <translation>Показать имена и конт&amp;акты</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="402"/>
        <source>Names and contacts are personal data; they stay masked unless you need them.</source>
        <translation>Имена и контакты — персональные данные; они скрыты, пока они вам не понадобятся.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="404"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="405"/>
        <source>Evidence package…</source>
        <translation>Пакет доказательств…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="408"/>
        <source>Export an evidence package: a folder an investigator can verify offline, with the records&apos; revisions, original photos and files, and their signed custody logs. Select several rows in the list (Shift+arrows, Ctrl+Space) for one package of them all (Ctrl+Shift+E)</source>
        <translation>Экспорт пакета доказательств: папка, которую следователь может проверить без сети, с редакциями записей, исходными фотографиями и файлами и их подписанными журналами цепочки хранения. Выберите несколько строк в списке (Shift+стрелки, Ctrl+Пробел), чтобы получить один пакет для всех (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="414"/>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/record_view.py" line="417"/>
        <source>Hand this record over to another approved device (a replaced laptop); signed and logged</source>
        <translation>Передать эту запись другому одобренному устройству (замена ноутбука); решение подписывается и записывается в журнал</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="146"/>
        <source>Photos and files</source>
        <extracomment>The navigation row of the photos and files, after the record kinds. The navigation row of the Sync page.</extracomment>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/records_page.py" line="148"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="101"/>
        <source>share {n}</source>
        <translation>доля {n}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="118"/>
        <source>Share files</source>
        <translation>Файлы долей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="145"/>
        <source>Recover with shares</source>
        <translation>Восстановление по долям</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="148"/>
        <source>Type or paste the words of each share, with an empty line between shares, or add the share files. Enough shares open the vault; then choose a new passphrase.</source>
        <translation>Введите или вставьте слова каждой доли, разделяя доли пустой строкой, или добавьте файлы долей. Достаточное число долей откроет хранилище; затем выберите новую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="153"/>
        <source>The shares&apos; &amp;words:</source>
        <translation>&amp;Слова долей:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="154"/>
        <source>&amp;Add share files…</source>
        <translation>&amp;Добавить файлы долей…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="155"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="156"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="157"/>
        <source>Opening the vault…</source>
        <translation>Открываем хранилище…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="158"/>
        <source>Rec&amp;over</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recover_shares.py" line="159"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>RecoveryActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="29"/>
        <source>FieldReport recovery share {index} of {shares}</source>
        <translation>Доля восстановления FieldReport: {index} из {shares}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="32"/>
        <source>Any {threshold} of the {shares} shares open the vault and set a new passphrase (Forgot the passphrase? at the unlock screen, or fieldreport-cli recovery restore).</source>
        <translation>Любые {threshold} из {shares} долей открывают хранилище и задают новую парольную фразу («Забыли парольную фразу?» на экране разблокировки или fieldreport-cli recovery restore).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="37"/>
        <source>SECRET. Whoever holds {threshold} shares can open the vault. Keep each share in a different safe place, never with the laptop, and do not photograph it.</source>
        <translation>СЕКРЕТНО. Тот, у кого {threshold} доли, может открыть хранилище. Храните каждую долю в отдельном надёжном месте, никогда вместе с ноутбуком, и не фотографируйте её.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="42"/>
        <source>The {count} words, in this order:</source>
        <translation>Слова ({count}), в этом порядке:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="45"/>
        <source>Made {made}. A new split replaces this one: its shares stop working.</source>
        <translation>Создано {made}. Новый набор долей заменяет этот: его доли перестают действовать.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="80"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="104"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="132"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="81"/>
        <source>{folder} already holds {count} share file(s). Replace them?</source>
        <translation>В {folder} уже есть файлы долей ({count}). Заменить их?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="106"/>
        <source>Wrote {shares} shares into {folder}: share-NN.txt holds the words, share-NN.pdf a sheet to print. Any {threshold} of them open the vault; shares made earlier no longer do.</source>
        <translation>Записано долей: {shares}, в {folder}: в share-NN.txt — слова, в share-NN.pdf — лист для печати. Любые {threshold} из них открывают хранилище; доли, созданные раньше, больше не действуют.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="114"/>
        <source>These files are secret: whoever holds enough of them opens the vault. Print them, give each to a different trusted person or place, never keep them with the laptop, then delete the files from this computer.</source>
        <translation>Эти файлы секретны: тот, у кого их достаточно, откроет хранилище. Распечатайте их, отдайте каждую разным доверенным людям или в разные места, никогда не храните вместе с ноутбуком, затем удалите файлы с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="122"/>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="135"/>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/recovery_actions.py" line="159"/>
        <source>The vault was recovered: it now opens with the new passphrase.</source>
        <translation>Хранилище восстановлено: теперь оно открывается новой парольной фразой.</translation>
    </message>
</context>
<context>
    <name>RecoverySplitDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="85"/>
        <source>Folder for the share files</source>
        <translation>Папка для файлов долей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="92"/>
        <source>Choose a folder for the share files.</source>
        <translation>Выберите папку для файлов долей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="97"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="100"/>
        <source>If the passphrase is forgotten, enough recovery shares open the vault and set a new one. Each share is a list of 20 words, saved as a text file and as a sheet to print. Fewer shares than the number needed reveal nothing. Making new shares retires the old ones.</source>
        <translation>Если парольная фраза забыта, достаточное число долей восстановления откроет хранилище и задаст новую. Каждая доля — список из 20 слов, сохранённый как текстовый файл и как лист для печати. Меньшее число долей, чем нужно, ничего не раскрывает. Новые доли отменяют старые.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="106"/>
        <source>&amp;Shares to make:</source>
        <translation>&amp;Сколько долей создать:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="107"/>
        <source>Shares &amp;needed to open:</source>
        <translation>&amp;Нужно долей для открытия:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="108"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="109"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="112"/>
        <source>The share files are secret: whoever holds enough of them can open the vault. Print them, give each to a different trusted person or place, never keep them with the laptop, then delete the files.</source>
        <translation>Файлы долей секретны: тот, у кого их достаточно, может открыть хранилище. Распечатайте их, отдайте каждую разным доверенным людям или в разные места, никогда не храните их вместе с ноутбуком, затем удалите файлы.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="117"/>
        <source>&amp;Make shares</source>
        <translation>Создать &amp;доли</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/recovery_split.py" line="118"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>RestoreActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="46"/>
        <location filename="../../fieldreport/ui/restore_actions.py" line="89"/>
        <source>Choose the backup file</source>
        <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="64"/>
        <source>The backup was restored. Unlock it with the vault passphrase in use when the backup was made.</source>
        <translation>Резервная копия восстановлена. Разблокируйте её парольной фразой хранилища, действовавшей при создании копии.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="149"/>
        <source>Restoring the backup…</source>
        <translation>Восстанавливаем резервную копию…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="160"/>
        <source>The backup replaced the vault. Unlock it with the vault passphrase in use when the backup was made.</source>
        <translation>Резервная копия заменила хранилище. Разблокируйте его парольной фразой хранилища, действовавшей при создании копии.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_actions.py" line="172"/>
        <source>The backup could not be put in place; the vault is as it was. {error}</source>
        <translation>Не удалось поставить резервную копию на место; хранилище осталось как было. {error}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="66"/>
        <source>Type the backup passphrase.</source>
        <translation>Введите парольную фразу копии.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="84"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="87"/>
        <source>The backup {file} is to replace this vault, in {folder}. Type the backup&apos;s own passphrase: the backup is opened and checked first, and nothing changes until you have seen what would be lost and confirmed.</source>
        <translation>Резервная копия {file} заменит это хранилище в {folder}. Введите парольную фразу самой копии: сначала копия открывается и проверяется, и ничего не меняется, пока вы не увидите, что будет потеряно, и не подтвердите.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="93"/>
        <source>The backup {file} becomes this laptop&apos;s vault, in {folder}. Nothing else is replaced: if that folder holds other files, nothing is restored. The restored vault opens with the vault passphrase in use when the backup was made. Type the backup&apos;s own passphrase to open it.</source>
        <translation>Резервная копия {file} станет хранилищем этого ноутбука, в {folder}. Больше ничего не заменяется: если в этой папке есть другие файлы, ничего не восстанавливается. Восстановленное хранилище открывается парольной фразой, действовавшей при создании копии. Чтобы открыть копию, введите её собственную парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="99"/>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="100"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Расшифровываем и проверяем копию…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="101"/>
        <source>&amp;Open the backup</source>
        <translation>&amp;Открыть копию</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/restore_backup.py" line="102"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="63"/>
        <source>You have an unsaved form from {time}. Restore it to go on where you left off, or discard it.</source>
        <extracomment>Stronger than the demo banner&apos;s yellow: this one asks for a decision.</extracomment>
        <translation>У вас есть несохранённая форма от {time}. Восстановите её, чтобы продолжить с того места, где вы остановились, или удалите.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="68"/>
        <source>You have %n unsaved forms, the latest from {time}. Restore them to go on where you left off, or discard them.</source>
        <translation>
            <numerusform>У вас %n несохранённая форма, последняя — от {time}. Восстановите их, чтобы продолжить с того места, где вы остановились, или удалите.</numerusform>
            <numerusform>У вас %n несохранённые формы, последняя — от {time}. Восстановите их, чтобы продолжить с того места, где вы остановились, или удалите.</numerusform>
            <numerusform>У вас %n несохранённых форм, последняя — от {time}. Восстановите их, чтобы продолжить с того места, где вы остановились, или удалите.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="74"/>
        <source>R&amp;estore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/restore_bar.py" line="75"/>
        <source>Dis&amp;card…</source>
        <translation>&amp;Отбросить…</translation>
    </message>
</context>
<context>
    <name>RestoreOverQuestion</name>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="22"/>
        <source>The backup does not say when it was made: everything saved in this vault since then is lost.</source>
        <translation>В копии не указано, когда она сделана: всё, что сохранено в этом хранилище после этого, будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="28"/>
        <source>Nothing was saved in this vault since the backup was made.</source>
        <translation>После создания копии в этом хранилище ничего не сохранялось.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="32"/>
        <source>Saved in this vault since the backup was made, and lost for good: {created} new record(s), {changed} changed record(s), {media} photo(s) or file(s), with whatever of them the organisation has not received.</source>
        <translation>Сохранено в этом хранилище после создания копии и будет потеряно навсегда: новых записей — {created}, изменённых записей — {changed}, фото или файлов — {media}, в том числе то, что организация ещё не получила.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="41"/>
        <source>Forms still open are closed and their unsaved changes are lost too.</source>
        <translation>Открытые формы закроются, и их несохранённые изменения тоже будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="45"/>
        <source>This vault is kept aside until the backup is in place, then destroyed. The restored vault opens with the vault passphrase in use when the backup was made.</source>
        <translation>Это хранилище откладывается в сторону, пока копия не встанет на место, а затем уничтожается. Восстановленное хранилище открывается парольной фразой, действовавшей при создании копии.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="57"/>
        <source>Replace this vault with the backup?</source>
        <translation>Заменить это хранилище резервной копией?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="62"/>
        <source>Replace this vault with the backup made on {when}?</source>
        <translation>Заменить это хранилище резервной копией от {when}?</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="76"/>
        <source>Restore over this vault</source>
        <translation>Восстановить поверх этого хранилища</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="80"/>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Заменить хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/restore_over_question.py" line="84"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
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
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="25"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="26"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="69"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="71"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/models/revision_table.py" line="72"/>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>RevisionView</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="42"/>
        <source>Other data</source>
        <translation>Прочие данные</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="43"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="44"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="46"/>
        <source>changed</source>
        <extracomment>Marks a field whose value differs from the previous revision&apos;s.</extracomment>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/revision_view.py" line="48"/>
        <source>before:</source>
        <extracomment>Put before the previous revision&apos;s value of a changed field.</extracomment>
        <translation>было:</translation>
    </message>
</context>
<context>
    <name>RunningDialog</name>
    <message>
        <location filename="../../fieldreport/ui/central/running_dialog.py" line="82"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="107"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="108"/>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="113"/>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="121"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="109"/>
        <source>&amp;Panic shortcut:</source>
        <translation>&amp;Горячие клавиши тревоги:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="111"/>
        <source>Pressing it while the app is open erases this vault at once, without asking.</source>
        <translation>Их нажатие при открытом приложении сразу стирает это хранилище, без вопросов.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="114"/>
        <source>Erase after &amp;wrong passphrases in a row:</source>
        <translation>Стереть после стольких &amp;ошибочных парольных фраз подряд:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="117"/>
        <source>Protects this laptop only: a copy of its disk has its own count. A correct passphrase starts the count again.</source>
        <translation>Защищает только этот ноутбук: у копии его диска свой счётчик. Верная парольная фраза обнуляет счёт.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="123"/>
        <source>Remove from this laptop &amp;days after the organisation confirmed them:</source>
        <translation>Удалять с ноутбука через столько &amp;дней после подтверждения организацией:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="125"/>
        <source>Remove c&amp;onfirmed records…</source>
        <translation>Удалить &amp;подтверждённые записи…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/safety_box.py" line="126"/>
        <source>&amp;Erase this vault…</source>
        <translation>Стереть это &amp;хранилище…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="191"/>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="216"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="202"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="203"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="204"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="205"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="206"/>
        <source>Lock &amp;automatically after (minutes idle):</source>
        <translation>&amp;Блокировать после бездействия (мин):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="207"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="208"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="209"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="210"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Повторите новую &amp;фразу:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="211"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="212"/>
        <source>Reco&amp;very shares…</source>
        <translation>Доли &amp;восстановления…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="213"/>
        <source>Duress pa&amp;ssphrase…</source>
        <translation>Фраза под п&amp;ринуждением…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/dialogs/settings.py" line="214"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="116"/>
        <source>Welcome to FieldReport</source>
        <translation>Добро пожаловать в FieldReport</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="119"/>
        <source>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that you can remember: without it nobody, not even you, can open the records.</source>
        <translation>Всё, что вы записываете, хранится на этом компьютере в зашифрованном виде. Выберите парольную фразу из нескольких слов, которую вы сможете запомнить: без неё никто, даже вы, не сможет открыть записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="125"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="126"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Повторите парольную &amp;фразу:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="127"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Отображать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="129"/>
        <source>The encrypted vault will be kept in: {folder}</source>
        <translation>Зашифрованное хранилище будет находиться в папке: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="133"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="134"/>
        <source>Or restore from a &amp;backup…</source>
        <translation>Или восстановить из резервной &amp;копии…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/setup_page.py" line="135"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>Создаётся зашифрованное хранилище. Это займёт несколько секунд…</translation>
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
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="207"/>
        <source>Sho&amp;w every record</source>
        <translation>Показа&amp;ть все записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="211"/>
        <source>Name or caption</source>
        <translation>Имя файла или подпись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="212"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="214"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="210"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="180"/>
        <source>— the records behind “{figure}”</source>
        <extracomment>Widths that fit the list&apos;s short columns at 1366×768 (titles and places get the rest).</extracomment>
        <translation>— записи, на которых основано «{figure}»</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_page.py" line="213"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="168"/>
        <source>{shown} of {total} records</source>
        <translation>Записей: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/central/records_controller.py" line="198"/>
        <source>{shown} photos and files</source>
        <translation>Фото и файлов: {shown}</translation>
    </message>
</context>
<context>
    <name>SyncActionsMixin</name>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="92"/>
        <source>This device cannot sync over the network yet: it needs to join an organisation, have its certificate installed and know the server&apos;s address.</source>
        <translation>Это устройство пока не может синхронизироваться по сети: нужно присоединиться к организации, установить сертификат и знать адрес сервера.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="121"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="122"/>
        <source>The organisation&apos;s sync server (https://…). Leave empty to use the address from the provisioning file{provisioned}.</source>
        <translation>Сервер синхронизации организации (https://…). Оставьте пустым, чтобы использовать адрес из файла настройки{provisioned}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="160"/>
        <source>Open the provisioning file</source>
        <translation>Открытие файла настройки организации</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="181"/>
        <source>Save the enrollment request</source>
        <translation>Сохранение запроса на подключение</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="212"/>
        <source>Joined {org}. The enrollment request is in {path}. Give it to your coordinator and read them this device&apos;s fingerprint.</source>
        <translation>Устройство подключено к организации {org}. Запрос на подключение сохранён в {path}. Передайте его координатору и зачитайте ему отпечаток ключа этого устройства.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="218"/>
        <source>You agreed to key escrow: your backups also carry this vault&apos;s key for the organisation.</source>
        <translation>Вы согласились на депонирование ключа: ваши резервные копии также содержат ключ этого хранилища для организации.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="229"/>
        <source>Open the certificate</source>
        <translation>Открытие сертификата</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="242"/>
        <source>Certificate {serial} installed: the organisation has approved this device.</source>
        <translation>Сертификат {serial} установлен: организация одобрила это устройство.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="261"/>
        <source>Choose a folder or a removable drive for the bundle</source>
        <translation>Выбор папки или съёмного носителя для пакета</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="294"/>
        <location filename="../../fieldreport/ui/sync_actions.py" line="305"/>
        <source>Nothing to send yet: the vault holds nothing new.</source>
        <translation>Пока нечего отправлять: в хранилище нет ничего нового.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="297"/>
        <source>Nothing to send again: the organisation has confirmed everything this device exported (the last receipt is for bundle {sequence}), and nothing is new.</source>
        <translation>Повторно отправлять нечего: организация подтвердила всё, что экспортировало это устройство (последняя квитанция — на пакет {sequence}), и нового ничего нет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="309"/>
        <source>Nothing new to send; bundle {sequence} was received and receipted.</source>
        <translation>Нового для отправки нет; пакет {sequence} получен, квитанция на него выдана.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="313"/>
        <source>Nothing new since bundle {sequence}, which still waits for its receipt. It was written to {path}. Take that file to the organisation again if it was lost.</source>
        <translation>После пакета {sequence} ничего нового нет, а квитанции на него ещё нет. Пакет записан в {path}. Если он потерялся, снова отнесите этот файл в организацию.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="319"/>
        <source>Bundle {sequence} written to {path} ({items} items, {size} bytes).</source>
        <translation>Пакет {sequence} записан в {path} (элементов: {items}, байт: {size}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="328"/>
        <source>It carries everything the organisation has not confirmed yet and replaces the bundles written from {sequence} on: a lost one need not be found.</source>
        <translation>В нём всё, что организация ещё не подтвердила, и он заменяет пакеты, записанные начиная с {sequence}: потерянный пакет искать не нужно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="334"/>
        <source>This device has no certificate yet: the organisation keeps the bundle until it approves the device.</source>
        <translation>У этого устройства ещё нет сертификата: организация сохранит пакет, пока не одобрит устройство.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="345"/>
        <source>Open the receipt</source>
        <translation>Открытие квитанции</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="363"/>
        <source>The receipt for bundle {sequence} was imported before; nothing changed.</source>
        <translation>Квитанция на пакет {sequence} уже была импортирована; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_actions.py" line="368"/>
        <source>Receipt for bundle {sequence} verified: {records} records are now synced.</source>
        <translation>Квитанция на пакет {sequence} проверена: синхронизировано записей: {records}.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="194"/>
        <source>This device has not joined an organisation. Open the provisioning file your coordinator gave you; then save the enrollment request and hand it over.</source>
        <translation>Это устройство ещё не подключено к организации. Откройте файл настройки организации, полученный от координатора, затем сохраните запрос на подключение и передайте его координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="201"/>
        <source>Joined {org}; waiting for approval. Read the fingerprint below to the coordinator, then install the certificate they give you.</source>
        <translation>Подключено к организации {org}; ожидается одобрение. Зачитайте координатору отпечаток ключа ниже, затем установите сертификат, который он вам даст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="208"/>
        <source>Joined {org}, but the organisation has revoked this device (its server said so on {date}): its bundles are refused. Ask the coordinator.</source>
        <translation>Подключено к организации {org}, но организация отозвала это устройство (её сервер сообщил об этом {date}): его пакеты не принимаются. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="214"/>
        <source>Joined {org}; approved (certificate {serial}, {date}).</source>
        <translation>Подключено к организации {org}; одобрено (сертификат {serial}, {date}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="322"/>
        <source>Nothing waits to be sent.</source>
        <translation>Ничего не ожидает отправки.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="230"/>
        <source>Last bundle: none yet.</source>
        <translation>Последний пакет: пока нет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="233"/>
        <source>Last bundle: {sequence}, {date}, receipted.</source>
        <translation>Последний пакет: {sequence}, {date}, квитанция получена.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="235"/>
        <source>Last bundle: {sequence}, {date}, receipted. Written to {path}</source>
        <translation>Последний пакет: {sequence}, {date}, квитанция получена. Записан в {path}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="238"/>
        <source>Last bundle: {sequence}, {date}, waiting for its receipt. Written to {path}</source>
        <translation>Последний пакет: {sequence}, {date}, ожидает квитанции. Записан в {path}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="251"/>
        <source>Last receipt: none yet.</source>
        <translation>Последняя квитанция: пока нет.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="254"/>
        <source>Last receipt: for bundle {sequence}, received {date}.</source>
        <translation>Последняя квитанция: на пакет {sequence}, получена {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="265"/>
        <source>Organisation&apos;s log: checkpoint of {size} entries verified.</source>
        <translation>Журнал организации: проверена контрольная точка из {size} записей.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="279"/>
        <source>The checkpoint the sync server sent ({offered} entries) does not extend the one this device kept ({kept} entries): entries were changed or removed.</source>
        <translation>Контрольная точка, присланная сервером синхронизации ({offered} записей), не продолжает ту, что хранит это устройство ({kept} записей): записи были изменены или удалены.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="284"/>
        <source>The checkpoint that came with the receipt for bundle {bundle} ({offered} entries) is smaller than the one this device kept ({kept} entries): entries were removed.</source>
        <translation>Контрольная точка, пришедшая с квитанцией на пакет {bundle} ({offered} записей), меньше той, что хранит это устройство ({kept} записей): записи были удалены.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="290"/>
        <source>The checkpoint that came with the receipt for bundle {bundle} ({offered} entries) does not extend the one this device kept ({kept} entries): entries were changed or removed.</source>
        <translation>Контрольная точка, пришедшая с квитанцией на пакет {bundle} ({offered} записей), не продолжает ту, что хранит это устройство ({kept} записей): записи были изменены или удалены.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="298"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier.</source>
        <translation>Тревога: журнал организации больше не содержит того, что она подтвердила ранее.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="307"/>
        <source>Tell your coordinator (first seen {date}). Nothing on this computer was deleted, and that receipt was not applied: its records stay waiting to be confirmed.</source>
        <translation>Сообщите координатору (впервые замечено {date}). На этом компьютере ничего не удалено, а эта квитанция не применена: её записи по-прежнему ждут подтверждения.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="327"/>
        <source>Not yet sent — records: {records}.</source>
        <translation>Ещё не отправлено — записей: {records}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="329"/>
        <source>Nothing new to send: do not export again.</source>
        <translation>Нового для отправки нет: повторно экспортировать не нужно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="333"/>
        <source>On its way (bundle {bundles}, waiting for the receipt) — records: {records}.</source>
        <translation>В пути (пакет {bundles}, ждёт квитанции) — записей: {records}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="342"/>
        <source>Not yet confirmed by a receipt — photos and files: {media}; saved changes: {entries}.</source>
        <translation>Ещё не подтверждено квитанцией — фото и файлов: {media}; сохранённых изменений: {entries}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="349"/>
        <source>Sync with the organisation</source>
        <translation>Синхронизация с организацией</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="350"/>
        <source>Organisation and this device</source>
        <translation>Организация и это устройство</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="351"/>
        <source>Sending records</source>
        <translation>Отправка записей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="352"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Подключиться к организации…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="354"/>
        <source>Open the provisioning file, then save the enrollment request</source>
        <translation>Открыть файл настройки организации, затем сохранить запрос на подключение</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="356"/>
        <source>Install the &amp;certificate…</source>
        <translation>Установить сер&amp;тификат…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="358"/>
        <source>This device&apos;s fingerprint (the coordinator compares it before approving):</source>
        <translation>Отпечаток ключа этого устройства (координатор сверяет его перед одобрением):</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="360"/>
        <source>E&amp;xport a bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="362"/>
        <source>Write what is new, encrypted, to a folder or a removable drive</source>
        <translation>Записать всё новое в зашифрованном виде в папку или на съёмный носитель</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="364"/>
        <source>&amp;Import a receipt…</source>
        <translation>Импортировать &amp;квитанцию…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="365"/>
        <source>Back &amp;up the vault…</source>
        <translation>&amp;Резервная копия хранилища…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="367"/>
        <source>The coordinator explained the change: clear the alarm…</source>
        <translation>Координатор объяснил изменение: снять тревогу…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="370"/>
        <source>Write the whole vault, encrypted, to one file (to restore it later)</source>
        <translation>Записать всё хранилище в зашифрованном виде в один файл (чтобы потом восстановить)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="372"/>
        <source>Res&amp;tore over this vault…</source>
        <translation>&amp;Восстановить поверх этого хранилища…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="375"/>
        <source>Replace this vault with a backup: what was saved since the backup is lost (you are told what, and asked first)</source>
        <translation>Заменить это хранилище резервной копией: сохранённое после создания копии будет потеряно (сначала вам скажут, что именно, и спросят)</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="379"/>
        <source>Export &amp;again everything not yet confirmed…</source>
        <translation>Экспортировать з&amp;аново всё неподтверждённое…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="382"/>
        <source>If a bundle was lost, or its receipt never came: write everything the organisation has not confirmed with a receipt into one new bundle. It replaces the bundles that wait for a receipt.</source>
        <translation>Если пакет потерялся или квитанция на него так и не пришла: записать всё, что организация не подтвердила квитанцией, в один новый пакет. Он заменяет пакеты, ожидающие квитанции.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/sync_page.py" line="387"/>
        <source>Writing the encrypted bundle…</source>
        <translation>Запись зашифрованного пакета…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="88"/>
        <source>Sync: offline</source>
        <translation>Синхронизация: нет связи</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="91"/>
        <source>Sync: sending {sent} of {total}</source>
        <translation>Синхронизация: отправка {sent} из {total}</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="94"/>
        <source>Sync: syncing…</source>
        <translation>Синхронизация: выполняется…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="96"/>
        <source>Sync: waiting to send</source>
        <translation>Синхронизация: ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="98"/>
        <source>Sync: up to date</source>
        <translation>Синхронизация: всё отправлено</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="100"/>
        <source>Sync: needs attention</source>
        <translation>Синхронизация: требуется внимание</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="107"/>
        <source>The organisation&apos;s server cannot be reached. Records are kept safely in the vault and are sent when the connection returns.</source>
        <translation>Сервер организации недоступен. Записи надёжно хранятся в хранилище и будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="111"/>
        <source>Next try in about {seconds} s.</source>
        <translation>Следующая попытка примерно через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="116"/>
        <source>Sending records to the organisation. You can keep working.</source>
        <translation>Записи отправляются в организацию. Можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="118"/>
        <source>What you saved goes to the organisation in a moment.</source>
        <translation>Сохранённое скоро уйдёт в организацию.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/sync_status.py" line="120"/>
        <source>Everything recorded so far has reached the organisation.</source>
        <translation>Всё записанное до сих пор дошло до организации.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="89"/>
        <source>Sync stopped because of an unexpected error. Records are safe in the vault; bundles can still travel on a USB stick. Please tell the coordinator.</source>
        <translation>Синхронизация остановилась из-за непредвиденной ошибки. Записи в хранилище в безопасности; пакеты по-прежнему можно перенести на USB-накопителе. Сообщите координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="19"/>
        <source>The organisation has not approved this device yet. Bundles can travel on a USB stick meanwhile; they are imported once it is approved.</source>
        <translation>Организация ещё не одобрила это устройство. Пока пакеты можно переносить на USB-накопителе; их импортируют после одобрения.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="24"/>
        <source>The organisation has revoked this device: its bundles are refused. Do not send more from it; ask the coordinator.</source>
        <translation>Организация отозвала это устройство: его пакеты не принимаются. Больше не отправляйте с него; обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="29"/>
        <source>The server&apos;s certificate is not the organisation&apos;s: someone may be intercepting this connection. Nothing was sent. Do not sync on this network; tell the coordinator. Bundles can travel on a USB stick.</source>
        <translation>Сертификат сервера не принадлежит организации: возможно, соединение перехватывают. Ничего не отправлено. Не синхронизируйтесь в этой сети; сообщите координатору. Пакеты можно перенести на USB-накопителе.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="35"/>
        <source>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address, or tell the coordinator; bundles can travel on a USB stick.</source>
        <translation>Не удалось проверить сертификат сервера. Ничего не отправлено. Проверьте адрес сервера или сообщите координатору; пакеты можно перенести на USB-накопителе.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="40"/>
        <source>The server&apos;s receipt for bundle {sequence} did not verify, so it was not installed. The bundle stays on this computer; ask the coordinator.</source>
        <translation>Квитанция сервера для пакета {sequence} не прошла проверку и не установлена. Пакет остаётся на этом компьютере; обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="45"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier (found with the receipt for bundle {sequence}). Tell your coordinator. The bundle stays on this computer; nothing was deleted.</source>
        <translation>Тревога: журнал организации больше не содержит того, что она подтвердила ранее (обнаружено по квитанции на пакет {sequence}). Сообщите координатору. Пакет остаётся на этом компьютере; ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="51"/>
        <source>The server&apos;s checkpoint of the organisation&apos;s log did not verify. Nothing changed on this computer; tell your coordinator.</source>
        <translation>Контрольная точка журнала организации, присланная сервером, не прошла проверку. На этом компьютере ничего не изменилось; сообщите координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="56"/>
        <source>Bundle {sequence} is missing from this computer and the organisation does not have it. Use “Export again everything not yet confirmed” on the Sync page, or ask the coordinator.</source>
        <translation>Пакета {sequence} нет на этом компьютере, и у организации его тоже нет. Используйте «Экспортировать заново всё неподтверждённое» на странице «Синхронизация» или обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="62"/>
        <source>Bundle {sequence} is held at the organisation until an earlier bundle arrives. Bring the missing one on a USB stick, or use “Export again everything not yet confirmed” on the Sync page.</source>
        <translation>Пакет {sequence} задержан в организации, пока не придёт более ранний пакет. Привезите недостающий на USB-накопителе или используйте «Экспортировать заново всё неподтверждённое» на странице «Синхронизация».</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="68"/>
        <source>Bundle {sequence} waits at the organisation until this device is approved. Nothing needs to be sent again.</source>
        <translation>Пакет {sequence} ждёт в организации, пока это устройство не одобрят. Отправлять заново ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="73"/>
        <source>The organisation refused bundle {sequence}. It stays on this computer; ask the coordinator what to do.</source>
        <translation>Организация отклонила пакет {sequence}. Он остаётся на этом компьютере; спросите координатора, что делать.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="78"/>
        <source>The server refused the request. Records are safe in the vault; try again later, and tell the coordinator if it keeps happening.</source>
        <translation>Сервер отклонил запрос. Записи в хранилище в безопасности; попробуйте позже и сообщите координатору, если это повторяется.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/sync_texts.py" line="96"/>
        <source>Alarm: the organisation&apos;s log no longer contains what it acknowledged earlier (found with the checkpoint the sync server sent). Tell your coordinator. Nothing was deleted.</source>
        <translation>Тревога: журнал организации больше не содержит того, что она подтвердила ранее (обнаружено по контрольной точке, присланной сервером синхронизации). Сообщите координатору. Ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/field_editors.py" line="378"/>
        <source>Separate tags with commas</source>
        <translation>Разделяйте метки запятыми</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="95"/>
        <source>FieldReport is locked</source>
        <translation>FieldReport заблокирован</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="96"/>
        <source>Enter your passphrase to open the records.</source>
        <translation>Введите парольную фразу, чтобы открыть записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="97"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="98"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="99"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="100"/>
        <source>Forgot the passphrase? Recover with &amp;shares…</source>
        <translation>Забыли парольную фразу? Восстановить по &amp;долям…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/views/unlock_page.py" line="101"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="12"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="13"/>
        <source>Unknown record kind.</source>
        <translation>Неизвестный тип записи.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="14"/>
        <source>Unknown field.</source>
        <translation>Неизвестное поле.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="15"/>
        <source>Expected an object.</source>
        <translation>Ожидается объект.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="16"/>
        <source>Expected text.</source>
        <translation>Ожидается текст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="17"/>
        <source>Expected a list.</source>
        <translation>Ожидается список.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="18"/>
        <source>Expected yes or no (true or false).</source>
        <translation>Ожидается «да» или «нет» (true или false).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="19"/>
        <source>Expected a whole number.</source>
        <translation>Ожидается целое число.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="20"/>
        <source>Expected a number.</source>
        <translation>Ожидается число.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="21"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Слишком длинно: максимум символов — {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="22"/>
        <source>Too many items: at most {max}.</source>
        <translation>Слишком много элементов: не более {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="23"/>
        <source>Contains invisible control characters.</source>
        <translation>Содержит невидимые управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="24"/>
        <source>Not one of the allowed values ({allowed}).</source>
        <translation>Недопустимое значение (допустимые: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="25"/>
        <source>The same value appears more than once.</source>
        <translation>Одно и то же значение указано несколько раз.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="26"/>
        <source>An item of this list is empty.</source>
        <translation>Один из элементов списка пуст.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="27"/>
        <source>Must not be negative.</source>
        <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="28"/>
        <source>Must be at most {max}.</source>
        <translation>Не должно превышать {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="29"/>
        <source>Not a valid date: use YYYY-MM-DD, or YYYY-MM or YYYY when unsure.</source>
        <translation>Неверная дата: используйте ГГГГ-ММ-ДД, а если точная дата неизвестна — ГГГГ-ММ или ГГГГ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="32"/>
        <source>Dates before {year} are not accepted.</source>
        <translation>Даты ранее {year} года не принимаются.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="33"/>
        <source>The date is in the future.</source>
        <translation>Дата ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="34"/>
        <source>Ends before it starts ({start}).</source>
        <translation>Окончание раньше начала ({start}).</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="35"/>
        <source>The assessment is dated before the damage.</source>
        <translation>Дата оценки раньше даты ущерба.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="38"/>
        <source>Use the two-letter ISO country code in capitals, such as KG or TJ.</source>
        <translation>Укажите двухбуквенный код страны ISO заглавными буквами, например KG или TJ.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="41"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Широта должна быть от -90 до 90.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="42"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Долгота должна быть от -180 до 180.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="43"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Укажите и широту, и долготу — или ни то, ни другое.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="44"/>
        <source>Not a valid record or media id.</source>
        <translation>Недопустимый идентификатор записи или файла.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="45"/>
        <source>A final statement needs the witness&apos;s consent; without it, keep the statement as a draft.</source>
        <translation>Для окончательных показаний нужно согласие свидетеля; без него сохраняйте показания как черновик.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="49"/>
        <source>Give the age or the age group.</source>
        <translation>Укажите возраст или возрастную группу.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="51"/>
        <source>This settlement is not in the gazetteer; check the spelling.</source>
        <translation>Этого населённого пункта нет в справочнике; проверьте написание.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/domain/messages.py" line="54"/>
        <source>The age group does not match the age given.</source>
        <translation>Возрастная группа не соответствует указанному возрасту.</translation>
    </message>
</context>
<context>
    <name>ViewerPanel</name>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="95"/>
        <source>Caption saved.</source>
        <translation>Подпись сохранена.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="118"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="119"/>
        <source>What it shows, without names of people</source>
        <translation>Что изображено, без имён людей</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="120"/>
        <source>&amp;Save caption</source>
        <translation>&amp;Сохранить подпись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="121"/>
        <source>&amp;Export original…</source>
        <translation>&amp;Экспорт оригинала…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="123"/>
        <source>Writes the file exactly as it was imported, with its metadata.</source>
        <translation>Сохраняет файл в точности таким, каким он был добавлен, вместе с метаданными.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="125"/>
        <source>Export &amp;without metadata…</source>
        <translation>Экспорт &amp;без метаданных…</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="127"/>
        <source>A copy to share: the position, time and camera are removed.</source>
        <translation>Копия для передачи другим: координаты, время и сведения о камере удаляются.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="129"/>
        <source>&amp;Use this position for the record</source>
        <translation>Внести &amp;координаты в запись</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="131"/>
        <source>Fills the record&apos;s latitude and longitude from the photo&apos;s GPS position.</source>
        <translation>Заполняет широту и долготу записи по GPS-координатам фото.</translation>
    </message>
    <message>
        <location filename="../../fieldreport/ui/widgets/media_viewer_panel.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
</TS>
