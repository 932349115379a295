; Kyrgyz messages of FieldReport's installer. Inno Setup has no Kyrgyz
; translation of its own pages; fieldreport.iss loads Russian.isl first and this
; file after it, so our own messages and the language's name are in Kyrgyz.

[LangOptions]
LanguageName=Кыргызча
LanguageID=$0440
LanguageCodePage=0

[CustomMessages]
CoordinatorWindow=FieldReport — координатор
VaultKept=Сиздин сактагычыңыз өчүрүлгөн жок. Ал бул жерде калат:%n%n%1%n%nFieldReport кайра орнотулганда, ал сыр сөзүңүз менен кайра ачылат. Аны биротоло өчүрүү үчүн, баары уюмуңузга жөнөтүлгөндөн кийин, ошол папканы өзүңүз өчүрүңүз.
DesktopIcon=Иш столунда энбелги түзүү
