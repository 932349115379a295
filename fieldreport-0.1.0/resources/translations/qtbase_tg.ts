<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg" sourcelanguage="en">
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>Ҳамаро &amp;интихоб кардан</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Як қадам &amp;боло</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Як қадам &amp;поён</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Open</source>
            <translation>Кушодан</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Захира бо номи дигар</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Кушодан</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Захира кардан</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Интихоб кардан</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Ҷустуҷӯ дар:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Номи файл:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>На&amp;муди файлҳо:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Ҷузвдон:</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Ҳамаи файлҳо (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Ҳамаи файлҳо (*)</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Ба қафо гузаштан</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Ба пеш гузаштан</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Ба қафо</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ба пеш</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ҷузвдони боло</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ба ҷузвдони боло гузаштан</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Сохтани ҷузвдони нав</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Сохтани ҷузвдони нав</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ҷузвдони нав</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Ҷузвдони нав</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Рӯйхат</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Намоиш ҳамчун рӯйхат</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Тафсилот</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Намоиш бо тафсилот</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Лавҳаи паҳлуӣ</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Рӯйхати ҷойҳо ва хатбаракҳо</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлҳо</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Ҷузвдонҳо</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Иваз кардани ном</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Нест кардан</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Нишон додани файлҳои &amp;пинҳон</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Интихоби ҷузвдон</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Ҷойҳои охирин</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Компютери ман</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Ҷузвдонро нест кардан нашуд.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Оё дар ҳақиқат '%1'-ро нест кардан мехоҳед?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' аз навиштан ҳифз шудааст.
Бо вуҷуди ин нест кунед?</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 аллакай мавҷуд аст.
Онро иваз кунед?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл ёфт нашуд.
Лутфан санҷед, ки номи файл дуруст дода шудааст.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Ҷузвдон ёфт нашуд.
Лутфан санҷед, ки номи ҷузвдон дуруст дода шудааст.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Ном</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Андоза</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Намуд</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Санаи тағйир</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Номи файл нодуруст аст</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Компютери ман</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компютер</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Бекор кардани амал</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Такрор кардан</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Б&amp;уридан</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Нусхабардорӣ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Гузоштан</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Нест кардан</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Ҳамаро интихоб кардан</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Нишон додани тафсилот...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Пинҳон кардани тафсилот...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Дар бораи Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Захира кардан</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Ҳамаро захира кардан</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Кушодан</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ҳа</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Ба ҳама ҳа</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Ба ҳа&amp;ма не</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Қатъ кардан</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Такрор кардан</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Нодида гирифтан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Партофтан</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ёрӣ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Татбиқ кардан</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Бозгардонӣ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Барқарор кардани пешфарзҳо</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Ба ин ҷо гардондан</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Канори чап</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Боло</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Канори рост</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Поён</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Як саҳифа ба чап</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Як саҳифа ба боло</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Як саҳифа ба рост</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Як саҳифа ба поён</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Ба чап гардондан</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Ба боло гардондан</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Ба рост гардондан</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Ба поён гардондан</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Num</source>
            <translation>Num</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>F%1</source>
            <translation>F%1</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Фосила</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Чап</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Рост</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Боло</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Поён</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Бекор кардани амал</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Такрор кардан</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Б&amp;уридан</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Нусхабардорӣ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Гузоштан</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Нест кардан</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Ҳамаро интихоб кардан</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Нусхабардории &amp;суроғаи пайванд</translation>
        </message>
    </context>
</TS>
