; Tajik messages of FieldReport's installer. Inno Setup has no Tajik
; translation of its own pages; fieldreport.iss loads Russian.isl first and this
; file after it, so our own messages and the language's name are in Tajik.

[LangOptions]
LanguageName=Тоҷикӣ
LanguageID=$0428
LanguageCodePage=0

[CustomMessages]
CoordinatorWindow=FieldReport — ҳамоҳангсоз
VaultKept=Анбори шумо нест карда нашуд. Он дар ин ҷо мемонад:%n%n%1%n%nВақте ки FieldReport дубора насб карда мешавад, он бо ибораи махфии шумо боз кушода мешавад. Барои комилан нест кардани он, пас аз он ки ҳама чиз ба ташкилоти шумо фиристода шуд, ин ҷузвдонро худатон нест кунед.
DesktopIcon=Сохтани миёнбур дар мизи корӣ
