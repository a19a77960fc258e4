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
        <source>Read the note&apos;s text from PATH (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-note needs --body TEXT or --body-file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --body or --body-file, not both.</source>
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
        <source>You answered that you have had thoughts that you would be better off dead or of hurting yourself.
If you are in danger or might act on these thoughts, get help now:
  - In the US: call or text 988 (Suicide &amp; Crisis Lifeline).
  - Elsewhere: call your local emergency number.
  - Tell your therapist or clinician, or someone you trust, today.
This journal is not monitored by anyone: no one sees this answer unless you share it.</source>
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
        <source>Who was present (therapist, sitter, alone, or your words).</source>
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
        <source>Blood pressure before, e.g. 120/80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate before, beats per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure after, e.g. 135/85.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate after, beats per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation intensity, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects separated by commas (nausea, headache, dizziness, sedation, anxiety, urinary, or your words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the experience from PATH (- for standard input).</source>
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
        <source>Give either --experience or --experience-file, not both.</source>
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
        <source>%1 already exists; choose a new file name.</source>
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
    <name>BuiltinReportCharts</name>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>mod. severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
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
        <source>The current passphrase comes from --passphrase-file or the terminal, the new one from --new-passphrase-file or the terminal (asked twice). If both files are standard input, the first line is the current passphrase and the second the new one. The change is atomic: after a crash either the old or the new passphrase opens the journal.</source>
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
        <source>usage error: unknown command or option, missing argument, no terminal to ask for a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unlock: wrong or empty passphrase, the two entries differ</source>
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
        <source>Usage: kapjournal-cli [--journal PATH] &lt;command&gt; [options]

KAP Journal on the command line: the encrypted journal for people in ketamine treatment.
Passphrases are asked on the terminal (no echo) or read with --passphrase-file PATH; never from the command line or the environment.

</source>
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
        <source>For example: four words only you would pick</source>
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
        <source>In the US, call or text 988. Elsewhere, call your local emergency number. This journal is not monitored by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not alone, and help is available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the US: call or text 988 (Suicide &amp; Crisis Lifeline), any time, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere: call your local emergency number, or go to the nearest emergency department.</source>
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
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisResourcesFallback</name>
    <message>
        <source>If you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are thinking about harming yourself or feel you would be better off dead, please reach out now.

In the US: call or text 988 (Suicide &amp; Crisis Lifeline).
Elsewhere: call your local emergency number.

This journal is not monitored by anyone. Nobody will see what you write here unless you show them.</source>
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
        <source>The file is too large to be a Daylio export (more than 64 MiB).</source>
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
        <source>a field is unreasonably long</source>
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
        <source>KAP Journal is a private notebook for your treatment. It gives no dosing advice and makes no diagnosis. What you record is self-reported and is not a medical record. Nobody monitors this journal: if you are in crisis, call or text 988 in the US, or your local emergency number.</source>
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
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual</source>
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
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Export the whole journal as JSON (NOT encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record, including the trash, in the format kapjournal-export version 1 (documented in app/export/JSON_EXPORT.md). The output is NOT encrypted: anyone who can read the file can read your journal. Without --output it goes to standard output.</source>
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
        <source>Cannot read %1.</source>
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
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a KAP Journal export.</source>
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
        <source>The session editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The therapist report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this build.</source>
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
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
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
    <message numerus="yes">
        <source>Locks itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
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
    <name>PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
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
        <source>3 or more sessions within 21 days start an induction; the time after it is maintenance.</source>
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
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of KAP Journal is not available in this build.</source>
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
        <source>You said you have had thoughts of being better off dead or of hurting yourself. In the US, call or text 988; elsewhere, your local emergency number. This journal is not monitored by anyone.</source>
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
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg</source>
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
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of report.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>baseline %1 (%2) on %3</source>
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
        <source>Change %1&#xa0;%. Response (≥&#xa0;50&#xa0;% lower): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission (below 5): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission not assessed (baseline below 10).</source>
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
        <source>PHQ-9 (depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9 flags</source>
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
        <source>Daily mood is the mean of the day&apos;s self-ratings (0 = worst, 10 = best). The line is the mean of the last 7 days and breaks where a day has no data.</source>
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
        <source>BP before → after</source>
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
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: PHQ-9 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe; GAD-7 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. Red diamond: PHQ-9 item 9 answered above 0.</source>
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
    <message>
        <source>Treatment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual</source>
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
        <source>infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esketamine</source>
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
        <source>HR %1 → %2</source>
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
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search notes and sessions for words, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match (as a prefix; case and accents are ignored). In text output the matched words are shown in [brackets]; JSON output (schema kapjournal-search/1) has the plain snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for (quote several words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (1-1000, default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY with at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
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
        <source>Search notes and sessions</source>
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
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search your notes and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
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
        <source>Blood pressure before: systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bpm</source>
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
        <source>Blood pressure after: systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation (0–10)</source>
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
        <source>Enter a dose above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to 10.</source>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketamine-assisted psychotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV infusion</source>
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
    <message>
        <source>Intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telehealth</source>
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
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>The journal also locks when you close the window. Copied text is cleared from the clipboard after 30 seconds.</source>
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
        <source>Copied. The clipboard is cleared again in 30 seconds.</source>
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
        <source>Journal, Trends, Phases</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questionnaire</source>
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
        <source>From</source>
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
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the custom range</source>
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
        <source>How this is worked out: the mean daily mood of the %1 days before a session is compared with the %1 days after it (each needs check-ins on at least %2 of those days; the session day itself is left out). The benefit lasts until the average of a day and the two days before it first falls back to the level before the session, looked at up to the next session. It is a rough pattern in your own ratings, not a clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough check-ins around this session to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lift in the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit lasted ~1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Benefit lasted ~%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still above after 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still above after %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A gap in check-ins hides when the benefit ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough maintenance sessions with a measurable benefit yet to show a trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 maintenance session the benefit lasted %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Across %n maintenance sessions the benefit lasted %1 days on average</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (too few sessions for a trend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about the same each time (first %1, latest %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, getting shorter by about %1 days per session (first %2, latest %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, getting longer by about %1 days per session (first %2, latest %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phase</source>
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
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual</source>
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
    <message>
        <source>, baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, remission reached on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, response reached on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PHQ-9 item 9 (thoughts of self-harm) was answered above zero: %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>%1 must be a plausible blood pressure such as 120/80 (systolic 60-260 above diastolic 30-160; got &quot;%2&quot;).</source>
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
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check the journal&apos;s integrity (exit code 5 on problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the journal and runs the database and cipher integrity checks. Nothing is changed.</source>
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
    <name>kap::CheckinForm</name>
    <message>
        <source>This check-in was changed in another window. Close this one and open it again.</source>
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
</context>
<context>
    <name>kap::PassphraseStrength</name>
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
        <source>This is your first %1 of this course: later scores will be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your baseline on %1 was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score below 5 after a baseline of 10 or more counts as remission.</source>
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
        <source>%1 mg</source>
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
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
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
        <source>baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response reached %1</source>
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
        <source>Tags, separated by commas.</source>
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
