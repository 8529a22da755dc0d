<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters, and no space at either end.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character, and no space at either end.</numerusform>
            <numerusform>A passphrase needs at least %n characters, and no space at either end.</numerusform>
        </translation>
    </message>
</context>
</TS>
