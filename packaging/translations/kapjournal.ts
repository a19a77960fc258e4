<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted journal for people in ketamine treatment: sessions, integration notes, mood check-ins and questionnaires, kept on this computer and readable only with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCheckinCommand</name>
    <message>
        <source>Add a mood check-in (mood 0-10) and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall mood, 0 (worst) to 10 (best). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check-in was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-checkin needs --mood 0-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added check-in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add an integration note and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is free-standing unless --session ID or --latest-session links it to a session. With --passphrase-file - and --body-file - the first line of standard input is the passphrase and the rest is the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the note to session ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the note to the most recent session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --session or --latest-session, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is in the trash; restore it first (kapjournal-cli untrash session %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session yet to link the note to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added note %1 (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-note needs --body-file PATH, --edit or --body TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPhaseCommand</name>
    <message>
        <source>Add a treatment phase and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --end the phase is ongoing. The end day is included in the phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>induction, maintenance or other. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, e.g. &quot;First course&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-phase needs --kind and --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added phase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddQuestionnaireCommand</name>
    <message>
        <source>Add a PHQ-9 or GAD-7 result and print its total and band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are the item scores in order, 0 (not at all), 1 (several days), 2 (more than half the days) or 3 (nearly every day): 9 for PHQ-9, 7 for GAD-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phq9 or gad7. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item answers, separated by commas. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-questionnaire needs --kind and --answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers must be %1 answers from 0 to 3 separated by commas, one per item of the %2 (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added questionnaire %1 (%2): total %3 of %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSessionCommand</name>
    <message>
        <source>Add a session (one dose event) and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option is optional; --at defaults to now. --route-other alone implies --route other. --cost needs --currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route in your own words (with --route other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg per kg of body weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intention you set beforehand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood just before, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood just after, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate before, beats per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate after, beats per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the session cost, e.g. 250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the cost (ISO 4217, e.g. USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--route-other goes with --route other (got --route %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--route-other must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--route other needs --route-other TEXT to say which route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost needs --currency, e.g. --currency USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s scale, e.g. CADSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timed reading, repeatable: WHEN[+MIN] [SYS/DIA] [hr=BPM] [spo2=PCT], e.g. &quot;before 122/80 hr=72&quot;, &quot;during+40 135/88&quot;, &quot;discharge+120 124/82 spo2=98&quot;. WHEN is before, during, discharge or after; MIN the minutes after the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure before, e.g. 120/80 (same as --vitals &quot;before ...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure after, e.g. 135/85 (a reading without a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation, your own rating 0 to 10 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score the clinic gave, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 readings per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects separated by commas (%1, or your words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present (%1, or your words).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write an encrypted backup of the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is a complete journal file, encrypted and verified, mode 0600. It opens with the journal&apos;s passphrase unless you give it its own (--separate-passphrase, asked twice, or --backup-passphrase-file). --rolling writes &lt;journal&gt;.&lt;UTC time&gt;.backup next to the journal and keeps the newest --keep (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a rolling backup next to the journal instead of TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling backups to keep (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a passphrase for the backup (twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup&apos;s own passphrase from the first line of PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write (not with --rolling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either TARGET or --rolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling backups always use the journal&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase for the backup again: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up next to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted, checked copy of the whole journal. One is made automatically once a day when you unlock; the last %1 made here are kept (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted, checked copy of the whole journal. Automatic backups are off (Settings); the last 7 made here are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making today&apos;s automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup next to the journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups next to the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a file (for example on a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with the journal&apos;s passphrase unless you give it its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup file its own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked first. Then the journal is locked, the current journal is kept as a copy beside it, and the backup takes its place. Afterwards, unlock with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP journals (*.kapj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.kapj *.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltinReportCharts</name>
    <message>
        <source>daily mood (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 (depression), 0-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety), 0-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseCommand</name>
    <message>
        <source>Change the journal&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of PATH (- or /dev/stdin: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same new passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the new passphrase opens the journal now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n copies beside the journal that still open with the old passphrase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies beside the journal (backups, copies kept before a restore or an upgrade) still open with the old passphrase; anyone who knows it can read them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them if you do not need them. Next time, change-passphrase --old-copies=reencrypt re-encrypts them with the new passphrase and --old-copies=delete deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypted %n copies beside the journal with the new passphrase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase was changed, but %n copies beside the journal could not be re-encrypted and still open with the old passphrase:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n copies beside the journal that opened with the old passphrase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase was changed, but %n copies beside the journal could not be deleted and still open with the old passphrase:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The current passphrase comes from --passphrase-file or the terminal, the new one from --new-passphrase-file or the terminal (asked twice). If both files are standard input, the first line is the current passphrase and the second the new one. The change is atomic: after a crash either the old or the new passphrase opens the journal.

Copies beside the journal (automatic backups, copies kept before a restore or a schema upgrade) still open with the old passphrase afterwards. --old-copies=reencrypt re-encrypts them with the new passphrase (each one checked, then renamed into place), --old-copies=delete deletes them, --old-copies=keep keeps them; without the option their number is shown. Copies with a passphrase of their own are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with the copies beside the journal that still open with the old passphrase: reencrypt, delete or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--old-copies takes reencrypt, delete or keep, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copies of your journal beside it still open with the old passphrase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are the automatic backups and the copies kept before a restore or an update. Anyone who knows the old passphrase could read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt them with the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking care of the old copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Mood (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total (0–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9 above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, %1 of 10, from 0 worst to 10 best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best · 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this check-in to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Exit codes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file problem: not found, already exists, not a journal, damaged, from a newer version, in use, read-only, disk full, unreadable input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid data: a value was rejected (out of range, bad date, no such record); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify found problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error (a bug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; `kapjournal-cli &lt;command&gt; --help` for a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Arguments:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Run kapjournal-cli --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run kapjournal-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run kapjournal-cli %1 --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (quote text that contains spaces). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing argument, no terminal to ask for a passphrase, the editor failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kapjournal-cli &lt;command&gt; [JOURNAL] [options] [arguments]
or: kapjournal-cli [--journal PATH] &lt;command&gt; [options] [arguments]

KAP Journal on the command line: the encrypted journal for people in ketamine treatment.
The journal file comes first after the command (kapjournal-cli list journal.kapj) or with --journal PATH. Commands with arguments of their own (search QUERY, delete KIND ID, backup TARGET...) take it first only when it ends in .kapj and their arguments follow (kapjournal-cli search journal.kapj rain), or the option that stands in for them (search journal.kapj --query-file -).
Passphrases are asked on the terminal (no echo) or read with --passphrase-file PATH; never from the command line or the environment.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong or empty passphrase, the two entries differ, or a chosen one is too weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseText</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % lower than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % higher than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The baseline is the latest score in the %n days before the course&apos;s first session; without one, the first score after it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Response: %1 % lower than the baseline or more; remission: below %2. Both are counted only from a baseline of %3 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, taken after treatment began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score since the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline below %2: response and remission are not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in remission since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in response since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; remission %2, not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission %1, not now; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1, not now; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response yet; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a new, empty journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a terminal the passphrase is asked twice. With --passphrase-file it is read once. An existing file is never overwritten. Missing folders are created (mode 0700), the journal is private to you (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the journal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateJournalPage</name>
    <message>
        <source>Create your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: a few unrelated words are easier to remember and harder to guess than a short password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can reset it: not us, not your clinic. Without it the journal stays unreadable for good. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand and have kept my passphrase safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name, or go back and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securing your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP journals (*.kapj)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>If you are thinking about harming yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisText</name>
    <message>
        <source>You are not alone, and help is available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the US and Canada: call or text 988 (Suicide &amp; Crisis Lifeline), any time, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere: call your local emergency number, or go to the nearest emergency department. findahelpline.com lists free, confidential helplines in many countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also tell your therapist, your treatment team or someone you trust how you are feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is not monitored by anyone. Nobody will see what you write here unless you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered that you have had thoughts that you would be better off dead or of hurting yourself. If you are in danger or might act on these thoughts, get help now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter the day as year-month-day, for example 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year above the calendar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaylioImporter</name>
    <message>
        <source>%1 entries read: %2 imported, %3 already in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Daylio CSV export: its first line should name the columns (full_date or year and date, time, mood, activities, note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted field; it may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as a Daylio CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mood given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry read: %1 imported, %2 already in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1, more than any Daylio export (30 years of entries take a few MiB). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns (a Daylio export has about 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row on line %1 has a field longer than %2, the limit for one field or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row on line %1 is longer than %2, the limit for one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the limit for one import (line %2 is the first one over it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names more than %1 different moods, the limit for one import (line %2 is the first one over it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file up to line %1 would take more than %2 of memory, the limit for one import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file goes over a limit of the import at line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Move an entry to the trash (untrash brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 %2 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to move a PHQ-9 whose item 9 (thoughts of death or self-harm) was answered above &quot;not at all&quot; to the trash. The journal keeps a dated note of it, and the report shows that note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1 answered item 9 (thoughts of death or self-harm) with %2 of 3. Moving it to the trash leaves a dated note that your therapist report shows. Add --confirm-item9 to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated note that it was moved stays in the journal and appears in reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data, invented for this demo. Anything you add is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave sample journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFolder</name>
    <message>
        <source>Could not make a private folder for the sample journal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample journal needs XDG_RUNTIME_DIR, the private folder your login session keeps in memory, and it is not set. The sample is not put anywhere else, so that nothing you try in it reaches the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample journal needs XDG_RUNTIME_DIR (%1) to be a folder of yours that only you can open (mode 0700), and it is not. The sample is not put anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoJournal</name>
    <message>
        <source>First course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP Journal is a private notebook for your treatment. It gives no dosing advice and makes no diagnosis. What you record is self-reported and is not a medical record. Nobody monitors this journal: if you are in crisis, call or text 988 in the US and Canada, or your local emergency number elsewhere (findahelpline.com lists helplines).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftGuard</name>
    <message>
        <source>%1. Continue where you left off, or discard them and start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote then will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Keep them as a draft to continue later (kept encrypted in your journal), or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <source>In crisis? Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <source>IV infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketamine-assisted psychotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esketamine nasal spray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety during session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urinary symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infusion</source>
        <comment>a session&apos;s modality, briefly, after its route in a table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP</source>
        <comment>ketamine-assisted psychotherapy, briefly, after a session&apos;s route in a table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esketamine</source>
        <comment>a session&apos;s modality, briefly, after its route in a table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sedation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety during session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urinary symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between side effects in a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check for typos and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at that location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at that location. Choose another name so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a KAP Journal. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an unencrypted database, not a KAP Journal. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is damaged or incomplete. It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was written by a newer version of KAP Journal. Update the app to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is already open in another KAP Journal window or process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP Journal cannot write to this location. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was changed in another window since you opened it. Your text was kept; review both versions before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the values are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report password can be at most 32 characters (fewer with accented letters): many PDF readers, Evince and Okular among them, cannot open a report with a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was written with cipher settings this version cannot read. It was left untouched; your passphrase was not the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the journal itself. Nothing was written: saving there would destroy the journal. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file belongs to a journal (its lock, rollback or working file). Nothing was written: saving there could damage the journal. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is a KAP Journal or a journal backup. It was not replaced and nothing was written. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was saved, but the system could not confirm that it reached the disk (flushing the folder failed). It is in place now; if the computer loses power soon, check it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Export the whole journal as JSON (NOT encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (created with mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is NOT encrypted. Keep it somewhere safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record, including the trash, in the format kapjournal-export version %1 (documented in transfer/JSON_EXPORT.md; list --json prints records the same way). The output is NOT encrypted: anyone who can read the file can read your journal. Without --output it goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDaylioCommand</name>
    <message>
        <source>Import mood check-ins from a Daylio CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mood label in the file must be given a score from 0 to 10 with --map &quot;label=score&quot; (repeat for each label; labels match without regard to case or surrounding spaces). --default-map scores Daylio&apos;s standard moods rad=10, good=8, meh=5, bad=3, awful=0. If a label has no score, the labels found are listed and nothing is written (exit code 4). Activities become tags, note title and note become the check-in&apos;s note. Daylio records no time zone: times are placed in --timezone (default: this computer&apos;s). Importing the same file again adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a mood label: &quot;label=score&quot;, score 0-10. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score rad, good, meh, bad, awful as 10, 8, 5, 3, 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the times in the file, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check the file, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Daylio CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not label=score with a score from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These mood labels have no score yet; nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDaylioDialog</name>
    <message>
        <source>Import from Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Daylio: More → Export entries → CSV. Each entry becomes a mood check-in; activities become tags and notes become the check-in&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each mood from 0 (worst) to 10 (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (1 entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>This is not a regular file (it is a folder, a pipe, a device or a socket); choose the exported file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1, the most an import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Import an export-json file into an empty journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal must hold no records (create a new one first). Everything is written in one transaction: all of it or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file written by export-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer KAP Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid KAP Journal export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not empty; import-json only fills a new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 phases, %2 sessions, %3 notes, %4 check-ins, %5 questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>There is no journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Nothing was written; choose a new file name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Item9ChangeConfirmation</name>
    <message>
        <source>Move this questionnaire to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your answer to question 9?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire says you had thoughts that you would be better off dead or of hurting yourself. You can go ahead: your journal keeps a dated note that it was moved to the trash, and your report shows it, so your therapist can ask how you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You first answered that you had thoughts that you would be better off dead or of hurting yourself. You can go ahead: your journal keeps a dated note that this answer was changed, and your report shows it, so your therapist can ask how you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalArgument</name>
    <message>
        <source>The journal file, instead of --journal PATH: taken as the journal when it ends in .kapj and the command&apos;s own arguments follow it (or the option that stands in for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file, instead of --journal PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different journals given: %1 (--journal) and %2. Give the journal once, either as the first argument or with --journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExportDialog</name>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is NOT encrypted. Anyone who can open it can read everything in your journal: sessions, notes, scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it to move your data to another program, or keep an encrypted backup instead (Backups). Delete the file when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the file is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unencrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file is larger than %1, more than a KAP Journal export of 20 years with a long note every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds far more separate values than a KAP Journal export of its size; reading it would take more than %1 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyComboBox</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List entries, oldest first (text or --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trashed entries are not listed (see trash). Days are the local days the entries were recorded in. A phase is listed when it overlaps the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these kinds: session, note, checkin, questionnaire, phase (repeat the option or separate with commas). Default: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be session, note, checkin, questionnaire or phase (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>KAP Journal — sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and lose unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

If the journal locks now, this text is lost. Stay unlocked to copy it somewhere safe or to free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainFrame</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 (depression)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Daylio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report for my therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how you feel right now (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the journal until the passphrase is entered again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. Your journal is fine; see File → Backup… for why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood check-ins in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to choose a session, Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks itself after 1 minute without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks itself after %1 minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely. Everything is saved as you type, encrypted in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this note to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my version of the note over the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you were writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseChoice</name>
    <message>
        <source>The passphrase is too easy to guess (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is too easy to guess (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export password is too easy to guess (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase in %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on. Use --passphrase-file PATH (PATH may be - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase from the terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseRating</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a sentence only you would think of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long, but predictable. Avoid common phrases, names and keyboard patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good enough. One more unusual word makes it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to guess. Make sure you can remember it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseKindText</name>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseSummaryTable</name>
    <message>
        <source>Phases in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases in this range. Phases can be added on the Phases page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood mean (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In session: mean of mood after minus mood before, as rated at the sessions. Week around: mean of the 7 days after minus the 7 days before each session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move phase %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases yet. Add one, or let the app suggest them from your session dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest from sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest phases from session dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the suggested phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. First course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (empty while it continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more sessions within 21 days start an induction, which lasts while sessions come more than once a week. Weekly or less frequent sessions after it are maintenance; a new induction needs a break of 30 days or more first. Nothing changes until you add a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireChart</name>
    <message>
        <source>PHQ-9 (depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 scores in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9 above 0 (thoughts of self-harm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to go through the scores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Choose one answer for each question. Keys 0–3 answer the focused question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a self-report, not a diagnosis. Share it with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this questionnaire to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Optional, not scored.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you have had thoughts of being better off dead or of hurting yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>session, note, checkin, questionnaire or phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s id (as printed by add-* and list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND must be session, note, checkin, questionnaire or phase (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be a positive whole number (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1→%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (session %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> total %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, item 9 answered above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2  deleted %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Treatment report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the encrypted PDF report for a therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export password (not the journal&apos;s passphrase) comes from --password-file, or is asked twice on the terminal, or is generated with --generate-password (five common words, printed once so you can tell it to your therapist). An empty password is refused. Integration notes appear only when chosen with --note ID (see list --kind note). Range: --preset whole-course (default), this-phase, last-4-weeks or last-12-weeks, or --from/--to. Paper size follows the system locale unless --paper a4|letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole-course, this-phase, last-4-weeks, last-12-weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials to print on the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections to include, comma-separated: summary, mood, sessions, questionnaires, notes (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the integration note with this id. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the export password from the first line of PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an easy-to-read password and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs the GUI library for fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections: unknown section &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note must be a record id (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --preset or --from/--to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same export password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export password must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen note does not exist or is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the encrypted report %1 (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export password (tell it to your therapist separately): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. J. D. (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration notes to share (%1 of %2 chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None are shared unless you tick them. Only notes written in the period are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration notes were written in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be shared from your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the shared notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The therapist needs this password to open the PDF. Tell it to them separately, not in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and encrypting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save encrypted PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the encrypted report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPageWriter</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported treatment journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported; not a medical record. Contains no diagnosis and no dosing advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>End of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketamine treatment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by the person with KAP Journal on %1. All entries are self-reported; only the sections and notes the person chose are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responses recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at the end of the period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response with thoughts of death or self-harm above “not at all”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses with thoughts of death or self-harm above “not at all”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PHQ-9 baseline cited in this report (%1, before this period) answered item 9 with %2 of 3 (above “not at all”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s) of item 9 answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item 9 answer changed on %1: the PHQ-9 of %2 first said %3 of 3, now %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash on %1: the PHQ-9 of %2, item 9 answered %3 of 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the trash on %1: the PHQ-9 of %2, item 9 answered %3 of 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outside a recorded phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1, shortest %2, longest %3; latest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg over %2 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose and cost in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects (sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2 sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 of %2 sessions, first %3, last %4; bladder problems are a known risk of repeated ketamine use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 (depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days with check-ins; mean daily mood %2 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily mood is the mean of the day&apos;s self-ratings (0 = worst, 10 = best). The line is the mean of the days with check-ins among the last %1; it bridges up to %2 days without check-ins and breaks at longer gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissoc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissoc.: the person&apos;s own rating, 0–10 (%1), and a clinic&apos;s score with its scale when given. Vitals: blood pressure (mmHg), heart rate (HR, beats a minute) and SpO2 as recorded, with the minutes after the dose when known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session effect (self-reported mood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured with the block above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: PHQ-9 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe; GAD-7 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. Ringed point: the baseline (a dashed line when it lies before the period). Red diamond: PHQ-9 item 9 answered above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2 days with responses; the charts show all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration notes chosen for this report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the journal with a backup (the current one is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase comes from --passphrase-file or the terminal. The backup is opened and verified first; if anything is wrong, nothing changes. The current journal is then copied to &lt;journal&gt;.&lt;UTC time&gt;.before-restore and the backup takes its place in one atomic rename. Afterwards the journal opens with the backup&apos;s passphrase. The journal must not be open in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the previous journal as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal now opens with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>Sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual (lozenge, troche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intramuscular injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>At most N results (1-1000, default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for (quote several words), unless --query-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY (or --query-file PATH) with at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, sessions, check-ins and phases for words, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match (as a prefix; case and accents are ignored). Searched: note titles, text and tags; session intention, experience, provider and details; check-in notes and tags; phase names and notes. Entries in the trash are left out. In text output the matched words are shown in [brackets] and each result ends with where they were found; JSON output (schema kapjournal-search/1) has the plain snippet, snippet_field and found_in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, sessions, check-ins and phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search your notes, sessions, check-ins and phases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>an integration note&apos;s text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session details</source>
        <comment>route, setting, who was present, side effects</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of &apos;found in: title, text&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, dose, provider and setting are filled in from your last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (hours:minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose per kg (IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you set out to explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other side effects, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (e.g. USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this session to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my changes and reload the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my version over the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and close the session editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation, your own rating (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic&apos;s dissociation score (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its scale, e.g. CADSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own dissociation rating: 0 none, 5 clearly detached, 10 completely detached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEffectTable</name>
    <message>
        <source>Session effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latest %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionValidator</name>
    <message>
        <source>Enter the date as year-month-day, for example 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time as hours:minutes, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is more than a day in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the route in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic pressure is usually between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic pressure is usually between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate is usually between %1 and %2 beats a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both blood pressure numbers, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first (systolic) number is normally the higher one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 readings per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter minutes after the dose from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation is between %1 and %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the reading was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s score as a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a dose above 0 and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without auto-lock, anyone at this computer can read your journal while it is open. Remember to lock it (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sessions start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session starts with the details of your last one. These values fill in what it left open, and your first session. They are part of your journal and stored encrypted inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default dose in milligrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default provider or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: who is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (for costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency, three-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the journal&apos;s file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lock when the screen locks or the computer goes to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, when you unlock it, an encrypted copy of the journal is saved next to it. It opens with the journal&apos;s passphrase. The oldest copies beyond this number are deleted; “Off” makes none and deletes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal also locks when you close the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the journal&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time before copied text is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text you copy or select in KAP Journal is kept out of clipboard managers&apos; history and is cleared from the clipboard after %n second(s), and when the journal locks, unless you have copied something else since.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityText</name>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mod. severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Print the Trends page&apos;s figures: phases, PHQ-9/GAD-7 status, session effects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per phase: sessions, days with check-ins, mean mood and the first and last PHQ-9 and GAD-7 scores. Per questionnaire: the baseline, the latest score and the current response / remission status. Then what each session did to daily mood, and the trend across maintenance sessions. The numbers are the Trends page&apos;s, for the whole journal unless --from/--to are given. The session effect is a rough pattern in your own ratings, not a clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: the first day with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD, included (default: the last day with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions %1, days with check-ins %2, mean mood %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session effects (daily mood, not a clinical measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured with the block above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>--edit needs XDG_RUNTIME_DIR, your private folder in memory, for the editor&apos;s temporary file, and it is not set. Use %1 - to read the text from standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edit refuses XDG_RUNTIME_DIR %1: it must be a folder of yours that only you can open (mode 0700). Use %2 - to read the text from standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edit refuses XDG_RUNTIME_DIR %1: it is not kept in memory (tmpfs), so the text would be written to disk. Use %2 - to read the text from standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the editor&apos;s temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the editor (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor (%1) was ended by signal %2; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor (%1) exited with status %2; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Cannot read %1: no such readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextOptions</name>
    <message>
        <source>Tags, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like %1, read from PATH (- for standard input), so it stays out of your shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --%1 in your editor ($EDITOR, else $VISUAL, else editor or vi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed on the command line (%1) may be kept in your shell history, and other programs can see it while the command runs. Safer: %2 (a PATH of - reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or --edit, which opens your editor for --%1 on a temporary file in XDG_RUNTIME_DIR that is removed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the %1 may be kept in your shell history; use --%2 - to read it from standard input.</source>
        <extracomment>%1 is an argument&apos;s name such as QUERY, %2 its option such as query-file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: --%1 text may be kept in your shell history; use --%2 - to read it from standard input.</source>
        <extracomment>%1 is an option such as body, %2 its companion such as body-file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either %1 or --%2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one text can come from standard input; got %1. Give the others a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --edit or --%1 / --%2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: no place for the edited text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9 answered above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 (depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty. Log a session, write a note or check in with your mood to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>List the entries in the trash, most recently deleted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the trash will be removed from your journal for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsTable</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day avg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood by day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsText</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood check-ins in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mood was logged on %n days, averaging %1 out of 10 (lowest %2, highest %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The 7-day average went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gaps of several days without check-ins: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PHQ-9 item 9 (thoughts of self-harm) was answered above zero: %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How this is worked out: the level before a session is your mean daily mood over the %1 days before it (at least %2 of them with check-ins). Mood is back to that level on the first day it is there or below on two days with check-ins in a row (or on average with the days around it); days without check-ins are skipped. Sessions less than %3 days apart are measured together as a block. It is a rough pattern in your own ratings, not a clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not difficult at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood counts as back to its earlier level (the mean of the %1 days before the session) on the first of two days with check-ins in a row at or below it; sessions less than %2 days apart are measured as one block; a rough pattern in self-ratings, not a clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough check-ins before and after to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower in the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rise: mood held its level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the earlier level for about 1 day (back on day %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the earlier level for 1 day (back on day %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>above the earlier level for about %n days (back on day %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>above the earlier level for %n days (back on day %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>still above the earlier level on day %1, the last day looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not measurable alone (another session within %n days). The block of %1 sessions, %2 – %3: %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No maintenance sessions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1 too close to another session, %2 with too few check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss timing with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern across maintenance sessions needs at least %1 measurable sessions; %2 of %3 are (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 maintenance sessions were measured (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before them averaged %1 (the 3 days before: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stayed above it until the next session or the last day looked at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n there was no rise: the level held.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n mood came back to the earlier level; counting the sessions without a rise as 0, days above averaged %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About the same from one session to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting shorter by about %1 days per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting longer by about %1 days per session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its passphrase is “%1”. It is invented data and is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP journals (*.kapj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntrashCommand</name>
    <message>
        <source>Bring an entry back from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 %2 from the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 must be a whole number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number above 0 and at most %2 (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time: &quot;%2&quot;. Use ISO 8601, e.g. 2026-03-02T09:30+01:00 (without an offset the time is local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date: &quot;%2&quot;. Use YYYY-MM-DD, e.g. 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount such as 250 or 250.00 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a three-letter currency code such as USD or EUR (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a plausible blood pressure such as 120/80 (systolic above diastolic, %2; got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must look like &quot;during+40 135/88 hr=76 spo2=97&quot; (when: before, during, discharge or after, optionally +minutes after the dose; then a blood pressure, hr= and spo2= within plausible ranges; got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check the journal&apos;s integrity (exit code 5 on problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the journal and runs the database and cipher integrity checks. Nothing is changed. A journal too damaged to open also gives exit code 5 (other commands give 3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsEditor</name>
    <message>
        <source>Vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure, heart rate and oxygen as the clinic measured them, each with its time. All optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At about 40 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another time after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsText</name>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>during</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at discharge (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none, 5 clearly detached, 10 completely detached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>A private place for your treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sessions, integration notes, daily mood and questionnaires. Everything stays on this computer, encrypted with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens an invented journal that is deleted when you quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP journals (*.kapj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::AutomaticBackup</name>
    <message>
        <source>The automatic backup next to the journal could not be made. %1 Your journal and the earlier backups are unchanged; it will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::BackupController</name>
    <message>
        <source>Copying and checking the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked. It opens with the journal&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two backup passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the journal&apos;s passphrase too: it is needed to re-encrypt the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is too easy to guess. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the journal and encrypting the copy with the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked. It opens only with the passphrase you chose for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written next to the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore needs the app&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the journal to restore into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; your journal is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: the journal could not be locked without losing unfinished input. Nothing changed; save or discard that input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore from %1 did not complete, and nothing changed: the journal is as it was and opens with its usual passphrase. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1. The journal now opens with the backup&apos;s passphrase (the one you entered for the restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1. The journal you had before was kept as %2. The journal now opens with the backup&apos;s passphrase (the one you entered for the restore), not with its previous one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::CheckinForm</name>
    <message>
        <source>This check-in was changed in another window. Close this one and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::DaylioImportController</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal and choose a Daylio file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every mood label a score first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::DesktopLockWatcher</name>
    <message>
        <source>Locking the journal before the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::EditorDraft</name>
    <message>
        <source>Unfinished changes from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::EntryActions</name>
    <message>
        <source>%1 moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::JournalController</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is open. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was not locked automatically, so that nothing you wrote is lost. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::JsonExportController</name>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported. This file is NOT encrypted: keep it safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::NoteForm</name>
    <message>
        <source>What stood out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I want to carry forward?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in my relationships / sleep / habits this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window. Your text is still here and has not been saved: save it over the other version, or copy what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (conflicting copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::PassphraseChange</name>
    <message>
        <source>Unlock the journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase has been changed. %n copies beside the journal still open with the old passphrase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase has been changed, and %n copies beside the journal were re-encrypted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase has been changed, and %n copies beside the journal that opened with the old passphrase were deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies could not be re-encrypted. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies could not be deleted. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kap::PhaseModel</name>
    <message>
        <source>from %1, ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day as year-month-day, for example 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day as year-month-day, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::PhaseSummaryModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::QuestionnaireForm</name>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling nervous, anxious or on edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling afraid as if something awful might happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 (depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is down by half or more: this counts as a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 % lower than the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response means down by half or more from the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire was changed in another window. Close this one and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment course has begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is the baseline of this course, taken after treatment began: there is no score from the %n days before its first session. Later scores are compared with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is the baseline of this course (the latest score before its first session): later scores are compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score is older than the baseline, so it is not compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and remission are counted only from a baseline of %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score is %1 % lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score is %1 % higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1 after a baseline of %2 or more: this counts as remission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::ReportController</name>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration notes will be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export password; the report is never written without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The PDF opens only with the export password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export password is too easy to guess. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::SessionForm</name>
    <message>
        <source>Some fields need a look before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was changed in another window after you opened it. What you typed is still here: save it over the other version, or reload the other version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::TimelineModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mood %1 before and %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration note, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in, mood %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, total %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, item 9 answered above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::TransferDialogController</name>
    <message>
        <source>Unlock the journal first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::TrashModel</name>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::TrendsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, item 9 answered above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, baseline taken after treatment began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::TrendsTableModel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kap::cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of PATH (- or /dev/stdin: standard input) instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema in README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1, ISO 8601 (2026-03-02T09:30+01:00; without an offset: local time). Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists (never a journal, its lock or working files, or a backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Encrypted journal for ketamine treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demonstration journal with sample data (kept in a temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file (.kapj) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
