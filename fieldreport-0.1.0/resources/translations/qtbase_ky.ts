<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Баарын &amp;тандоо</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бир кадам &amp;өйдө</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бир кадам &amp;ылдый</translation>
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
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башка ат менен сактоо</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Кайдан издөө:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файлдын &amp;аты:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдын &amp;түрү:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка өтүү</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алдыга өтүү</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тизме түрүндө көрсөтүү</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толук маалымат менен көрсөтүү</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Каптал панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жерлердин жана кыстармалардын тизмеси</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жашырылган файлдарды көрсөтүү</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Папканы тандоо</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жерлер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлдын аты жараксыз</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Кайра &amp;жасоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>К&amp;оюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Чоо-жайын көрсөтүү...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Чоо-жайын жашыруу...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt жөнүндө</translation>
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
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына жо&amp;к</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Көңүл бурбоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкыга кайтаруу</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейки маанилер</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Ушул жерге жылдыруу</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Сол четке</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Эң өйдө</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Оң четке</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Эң ылдый</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бир бет солго</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бир бет өйдө</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бир бет оңго</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бир бет ылдый</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Солго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Өйдө жылдыруу</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Оңго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Ылдый жылдыруу</translation>
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
        <translation>Боштук</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Солго</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Оңго</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ылдый</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Кайра &amp;жасоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>К&amp;оюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Шилтеменин &amp;дарегин көчүрүү</translation>
    </message>
</context>
</TS>
