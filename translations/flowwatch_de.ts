<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>fw</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>fw::ApiError</name>
    <message>
        <source>Retrying automatically.</source>
        <translation>Wird automatisch wiederholt.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check that the server is up.</source>
        <translation>Versuchen Sie es erneut; tritt es weiter auf, prüfen Sie, ob der Server läuft.</translation>
    </message>
    <message>
        <source>Wait, then try again.</source>
        <translation>Warten Sie kurz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell the server&apos;s administrators.</source>
        <translation>Versuchen Sie es später erneut; bleibt es dabei, informieren Sie die Administratoren des Servers.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Cannot reach %1 — check the server URL and your network.</source>
        <translation>%1 ist nicht erreichbar — prüfen Sie die Server-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Server not responding: %1 sent no answer in time.</source>
        <translation>Server antwortet nicht: %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>API key rejected by %1 — check the key and tenant of this connection.</source>
        <translation>API-Schlüssel von %1 abgelehnt — prüfen Sie Schlüssel und Mandant dieser Verbindung.</translation>
    </message>
    <message>
        <source>Insufficient permissions for this action.</source>
        <translation>Keine ausreichenden Berechtigungen für diese Aktion.</translation>
    </message>
    <message>
        <source>Not found (deleted, or in another tenant).</source>
        <translation>Nicht gefunden (gelöscht oder in einem anderen Mandanten).</translation>
    </message>
    <message>
        <source>The server refused the request in the current state.</source>
        <translation>Der Server hat die Anfrage im aktuellen Zustand abgelehnt.</translation>
    </message>
    <message>
        <source>Rate limited by %1 (it asks to wait %2 s).</source>
        <translation>Von %1 gedrosselt (bittet, %2 s zu warten).</translation>
    </message>
    <message>
        <source>Rate limited by %1.</source>
        <translation>Von %1 gedrosselt.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2).</source>
        <translation>%1 hatte ein internes Problem (HTTP %2).</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2).</source>
        <translation>Unerwartete Antwort von %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Server sent unreadable data: %1</source>
        <translation>Der Server hat unlesbare Daten gesendet: %1</translation>
    </message>
    <message>
        <source>Response too large from %1: stopped reading at %2.</source>
        <translation>Antwort von %1 zu groß: Lesen bei %2 abgebrochen.</translation>
    </message>
    <message>
        <source>Server redirected to %1 — check the server URL.</source>
        <translation>Der Server hat auf %1 umgeleitet — prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>Server redirected to %1 %2 — check the server URL.</source>
        <translation>Der Server hat auf %1 %2 umgeleitet — prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2. Check the server&apos;s certificate.</source>
        <translation>Sichere Verbindung zu %1 fehlgeschlagen: %2. Prüfen Sie das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting (a redirect loop) — check the server URL.</source>
        <translation>%1 leitet immer weiter um (eine Umleitungsschleife) — prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>Retrying automatically in %1 s.</source>
        <translation>Neuer Versuch automatisch in %1 s.</translation>
    </message>
</context>
<context>
    <name>fw::ApiRequest</name>
    <message>
        <source> (certificate SHA-256 %1)</source>
        <translation> (Zertifikat SHA-256 %1)</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
</context>
<context>
    <name>fw::ConnectionProfile</name>
    <message>
        <source>Give the connection a name, e.g. “staging”.</source>
        <translation>Geben Sie der Verbindung einen Namen, z. B. „staging“.</translation>
    </message>
    <message>
        <source>Shorten the name to 80 characters or fewer.</source>
        <translation>Kürzen Sie den Namen auf höchstens 80 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://kaireon.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://kaireon.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local server).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder mit http:// für einen lokalen Server).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the server address; the API key is entered separately.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Serveradresse; der API-Schlüssel wird getrennt eingegeben.</translation>
    </message>
    <message>
        <source>Enter the tenant id (the X-Tenant-Id of your KaireonAI workspace).</source>
        <translation>Geben Sie die Mandanten-ID ein (die X-Tenant-Id Ihres KaireonAI-Arbeitsbereichs).</translation>
    </message>
</context>
<context>
    <name>fw::ConnectionRegistry</name>
    <message>
        <source>The connection was closed: try again.</source>
        <translation>Die Verbindung wurde geschlossen: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no connection named “%1”: add it in File → Connections…</source>
        <translation>Es gibt keine Verbindung namens „%1“: Legen Sie sie unter Datei → Verbindungen… an.</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”: enter it in File → Connections…</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert: Geben Sie ihn unter Datei → Verbindungen… ein.</translation>
    </message>
</context>
<context>
    <name>fw::CsvStreamParser</name>
    <message>
        <source>The CSV data ends inside a quoted field (record %1).</source>
        <translation>Die CSV-Daten enden innerhalb eines Felds in Anführungszeichen (Datensatz %1).</translation>
    </message>
</context>
<context>
    <name>fw::DeepLink</name>
    <message>
        <source> Ask for a fresh link, or open the run with File → Open run…</source>
        <translation> Bitten Sie um einen neuen Link oder öffnen Sie den Lauf mit Datei → Lauf öffnen…</translation>
    </message>
    <message>
        <source>This flowwatch:// link is too long to be genuine.</source>
        <translation>Dieser flowwatch://-Link ist zu lang, um echt zu sein.</translation>
    </message>
    <message>
        <source>This is not a flowwatch:// link.</source>
        <translation>Das ist kein flowwatch://-Link.</translation>
    </message>
    <message>
        <source>This flowwatch:// link has an unexpected path.</source>
        <translation>Dieser flowwatch://-Link hat einen unerwarteten Pfad.</translation>
    </message>
    <message>
        <source>This flowwatch:// link asks for “%1”; Flowwatch only understands “open”.</source>
        <translation>Dieser flowwatch://-Link verlangt „%1“; Flowwatch versteht nur „open“.</translation>
    </message>
    <message>
        <source>This flowwatch:// link is malformed.</source>
        <translation>Dieser flowwatch://-Link ist fehlerhaft.</translation>
    </message>
    <message>
        <source>This link carries an API key, so it was not opened: keys never travel in links. Ask for a link without the key, and keep the key only in Connections.</source>
        <translation>Dieser Link enthält einen API-Schlüssel und wurde daher nicht geöffnet: Schlüssel gehören nie in Links. Bitten Sie um einen Link ohne Schlüssel und bewahren Sie den Schlüssel nur unter Verbindungen auf.</translation>
    </message>
    <message>
        <source>This flowwatch:// link names “%1” twice.</source>
        <translation>Dieser flowwatch://-Link nennt „%1“ zweimal.</translation>
    </message>
    <message>
        <source>This flowwatch:// link has an unknown parameter “%1”.</source>
        <translation>Dieser flowwatch://-Link hat einen unbekannten Parameter „%1“.</translation>
    </message>
    <message>
        <source>This flowwatch:// link has no valid server address (it needs server=https://…).</source>
        <translation>Dieser flowwatch://-Link hat keine gültige Serveradresse (er braucht server=https://…).</translation>
    </message>
    <message>
        <source>This flowwatch:// link has no valid tenant.</source>
        <translation>Dieser flowwatch://-Link hat keinen gültigen Mandanten.</translation>
    </message>
    <message>
        <source>This flowwatch:// link has no valid pipeline id.</source>
        <translation>Dieser flowwatch://-Link hat keine gültige Pipeline-ID.</translation>
    </message>
    <message>
        <source>This flowwatch:// link has no valid run id.</source>
        <translation>Dieser flowwatch://-Link hat keine gültige Lauf-ID.</translation>
    </message>
</context>
<context>
    <name>fw::ErrorExporter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe) and is left as it is — choose another file name.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe) und bleibt unverändert — wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 — choose another folder or file name.</source>
        <translation>%1 kann nicht geschrieben werden: %2 — wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2 — check the free space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2 — prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 — check the free space and permissions.</source>
        <translation>%1 konnte nicht gespeichert werden: %2 — prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>fw::ErrorSummaryModel</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A summary entry: &quot;Invalid email format — 1,234&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fw::ErrorTableModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>fw::ErrorsRequest</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>CSV header</source>
        <translation>CSV-Kopfzeile</translation>
    </message>
    <message>
        <source>expected Row,Column,Value,Error</source>
        <translation>Row,Column,Value,Error erwartet</translation>
    </message>
    <message>
        <source>CSV line %1, Row</source>
        <translation>CSV-Zeile %1, Row</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>an element larger than 64 MiB</source>
        <translation>ein Element größer als 64 MiB</translation>
    </message>
</context>
<context>
    <name>fw::JsonBody</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>empty body</source>
        <translation>leerer Inhalt</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>fw::JsonReader</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>endliche Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>fw::KeyStore</name>
    <message>
        <source>No secure storage found: this system has no keychain service. Use the key for this session only (it is kept in memory and asked for again next time), or install and unlock a keychain such as GNOME Keyring or KWallet.</source>
        <translation>Kein sicherer Speicher gefunden: Dieses System hat keinen Schlüsselbund-Dienst. Verwenden Sie den Schlüssel nur für diese Sitzung (er bleibt im Speicher und wird beim nächsten Mal erneut abgefragt) oder installieren und entsperren Sie einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
</context>
<context>
    <name>fw::KeychainKeyStore</name>
    <message>
        <source>No API key is stored for this connection: enter it again.</source>
        <translation>Für diese Verbindung ist kein API-Schlüssel gespeichert: Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key: unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel verweigert: Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1): try again, or use a session-only key.</source>
        <translation>Der Schlüsselbund meldet ein Problem (%1): Versuchen Sie es erneut oder verwenden Sie einen Schlüssel nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>fw::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>fw::NotificationRule</name>
    <message>
        <source>Pipeline run</source>
        <translation>Pipeline-Lauf</translation>
    </message>
    <message>
        <source>%1 on %2 — click to open the run.</source>
        <translation>%1 auf %2 — klicken, um den Lauf zu öffnen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>run id, status word</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fw::PartitionDetails</name>
    <message>
        <source>First seen running: %1</source>
        <translation>Zuerst laufend gesehen: %1</translation>
    </message>
    <message>
        <source>First seen running: never (not running when polled)</source>
        <translation>Zuerst laufend gesehen: nie (lief bei keiner Abfrage)</translation>
    </message>
    <message>
        <source>Seen finished: %1</source>
        <translation>Beendet gesehen: %1</translation>
    </message>
    <message>
        <source>No log lines name this partition.</source>
        <translation>Keine Protokollzeile nennt diese Partition.</translation>
    </message>
    <message>
        <source>Log (%1):</source>
        <translation>Protokoll (%1):</translation>
    </message>
</context>
<context>
    <name>fw::PartitionModel</name>
    <message>
        <source>negative row count reported</source>
        <translation>negative Zeilenzahl gemeldet</translation>
    </message>
    <message>
        <source>Partition %1 — %2
Rows: %3</source>
        <translation>Partition %1 — %2
Zeilen: %3</translation>
    </message>
    <message>
        <source>Progress: %1 %</source>
        <translation>Fortschritt: %1 %</translation>
    </message>
    <message>
        <source>Progress: not reported</source>
        <translation>Fortschritt: nicht gemeldet</translation>
    </message>
    <message>
        <source>⚠ Out of range: %1 (drawn as %2 %)</source>
        <translation>⚠ Außerhalb des Bereichs: %1 (gezeichnet als %2 %)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>fw::PipelineListModel</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie gelaufen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Last run at</source>
        <translation>Letzter Lauf am</translation>
    </message>
</context>
<context>
    <name>fw::ProfileStore</name>
    <message>
        <source>This connection is for this session only and is not saved.</source>
        <translation>Diese Verbindung gilt nur für diese Sitzung und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already: choose another name.</source>
        <translation>Eine Verbindung namens „%1“ gibt es schon: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>fw::RetryOutcomeCheck</name>
    <message>
        <source>The retry went through: %1 (%2).</source>
        <translation>Die Wiederholung ist angekommen: %1 (%2).</translation>
    </message>
    <message>
        <source>Retrying again sends the same request key, so a server that honours it does not start a second run.</source>
        <translation>Ein erneutes Wiederholen sendet denselben Anfrageschlüssel; ein Server, der ihn beachtet, startet also keinen zweiten Lauf.</translation>
    </message>
    <message>
        <source>Outcome still unknown: the check failed (%1). %2</source>
        <translation>Ergebnis weiter unbekannt: Die Prüfung ist fehlgeschlagen (%1). %2</translation>
    </message>
    <message>
        <source>Outcome still unknown: this server does not list runs, so the new run cannot be looked up. Check the pipeline in the web app before retrying. %1</source>
        <translation>Ergebnis weiter unbekannt: Dieser Server listet keine Läufe auf, der neue Lauf lässt sich also nicht nachschlagen. Prüfen Sie die Pipeline in der Web-App, bevor Sie wiederholen. %1</translation>
    </message>
    <message>
        <source>No new run was found: the retry was most likely not created. %1</source>
        <translation>Kein neuer Lauf gefunden: Die Wiederholung wurde höchstwahrscheinlich nicht angelegt. %1</translation>
    </message>
</context>
<context>
    <name>fw::RetryOutlook</name>
    <message>
        <source>Re-runs from the beginning</source>
        <translation>Läuft von vorn</translation>
    </message>
    <message>
        <source>resumes from row %1</source>
        <translation>setzt bei Zeile %1 fort</translation>
    </message>
    <message>
        <source>starts from the beginning</source>
        <translation>beginnt von vorn</translation>
    </message>
    <message>
        <source>unknown whether it resumes</source>
        <translation>unbekannt, ob fortgesetzt wird</translation>
    </message>
    <message>
        <source>Retry of %1 — %2</source>
        <translation>Wiederholung von %1 — %2</translation>
    </message>
    <message>
        <source>Retried as %1</source>
        <translation>Wiederholt als %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 may have created the new run before the connection ended. Check the pipeline&apos;s runs before retrying again.</source>
        <translation>Ergebnis unbekannt: %1 hat den neuen Lauf vielleicht angelegt, bevor die Verbindung endete. Prüfen Sie die Läufe der Pipeline, bevor Sie erneut wiederholen.</translation>
    </message>
    <message>
        <source>The server refused: insufficient permissions. This API key may not retry runs (an admin or editor key is needed).</source>
        <translation>Der Server lehnt ab: keine ausreichenden Berechtigungen. Dieser API-Schlüssel darf keine Läufe wiederholen (nötig ist ein Admin- oder Editor-Schlüssel).</translation>
    </message>
    <message>
        <source>The server refused: insufficient permissions. The API key of “%1” may not retry runs (an admin or editor key is needed); Retry stays off for it until you re-check.</source>
        <translation>Der Server lehnt ab: keine ausreichenden Berechtigungen. Der API-Schlüssel von „%1“ darf keine Läufe wiederholen (nötig ist ein Admin- oder Editor-Schlüssel); Wiederholen bleibt für sie aus, bis Sie es erneut prüfen.</translation>
    </message>
    <message>
        <source>Run or pipeline not found — deleted, or in another tenant. Nothing was retried; check the run id and the connection&apos;s tenant.</source>
        <translation>Lauf oder Pipeline nicht gefunden — gelöscht oder in einem anderen Mandanten. Nichts wurde wiederholt; prüfen Sie die Lauf-ID und den Mandanten der Verbindung.</translation>
    </message>
    <message>
        <source>The server does not allow retrying this run in its current state: only failed runs or runs completed with errors can be retried. Nothing was retried.</source>
        <translation>Der Server erlaubt in diesem Zustand keine Wiederholung des Laufs: Nur fehlgeschlagene oder mit Fehlern abgeschlossene Läufe lassen sich wiederholen. Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <source>API key rejected by %1 — nothing was retried. Check the key and tenant of this connection.</source>
        <translation>API-Schlüssel von %1 abgelehnt — nichts wurde wiederholt. Prüfen Sie Schlüssel und Mandant dieser Verbindung.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the retry was not sent. Check the server URL and your network, then retry.</source>
        <translation>%1 ist nicht erreichbar: Die Wiederholung wurde nicht gesendet. Prüfen Sie die Server-URL und Ihr Netzwerk und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the retry was not sent. Retry when it responds.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Die Wiederholung wurde nicht gesendet. Wiederholen Sie, sobald er antwortet.</translation>
    </message>
    <message>
        <source>Rate limited by %1: the retry was not accepted. Wait %2 s, then retry.</source>
        <translation>Von %1 gedrosselt: Die Wiederholung wurde nicht angenommen. Warten Sie %2 s und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>Rate limited by %1: the retry was not accepted. Wait a minute, then retry.</source>
        <translation>Von %1 gedrosselt: Die Wiederholung wurde nicht angenommen. Warten Sie eine Minute und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2); the retry may not have been created. Check the pipeline&apos;s runs before retrying: Flowwatch never retries on its own.</source>
        <translation>%1 hatte ein internes Problem (HTTP %2); die Wiederholung wurde vielleicht nicht angelegt. Prüfen Sie die Läufe der Pipeline, bevor Sie wiederholen: Flowwatch wiederholt nie von selbst.</translation>
    </message>
    <message>
        <source>%1 accepted the retry but its answer was unreadable (%2). Check the pipeline&apos;s runs for the new run before retrying again.</source>
        <translation>%1 hat die Wiederholung angenommen, aber die Antwort war unlesbar (%2). Suchen Sie den neuen Lauf in den Läufen der Pipeline, bevor Sie erneut wiederholen.</translation>
    </message>
    <message>
        <source>Cancelled before the server answered; check the pipeline&apos;s runs before retrying again.</source>
        <translation>Abgebrochen, bevor der Server antwortete; prüfen Sie die Läufe der Pipeline, bevor Sie erneut wiederholen.</translation>
    </message>
    <message>
        <source>Flowwatch never retries on its own; check the pipeline&apos;s runs before retrying again.</source>
        <translation>Flowwatch wiederholt nie von selbst; prüfen Sie die Läufe der Pipeline, bevor Sie erneut wiederholen.</translation>
    </message>
    <message>
        <source>A retry is in flight; quitting now leaves its outcome unknown.</source>
        <translation>Eine Wiederholung ist unterwegs; wenn Sie jetzt beenden, bleibt ihr Ergebnis unbekannt.</translation>
    </message>
    <message>
        <source>Resumes from the server&apos;s last checkpoint</source>
        <translation>Setzt beim letzten Checkpoint des Servers fort</translation>
    </message>
    <message>
        <source>The run does not name its load strategy: it is unknown whether the retry resumes from the server&apos;s last checkpoint or re-runs from the beginning</source>
        <translation>Der Lauf nennt seine Ladestrategie nicht: Unbekannt, ob die Wiederholung beim letzten Checkpoint des Servers fortsetzt oder von vorn läuft</translation>
    </message>
    <message>
        <source>Load strategy “%1” is not one Flowwatch knows: it is unknown whether the retry resumes from the server&apos;s last checkpoint or re-runs from the beginning</source>
        <translation>Die Ladestrategie „%1“ kennt Flowwatch nicht: Unbekannt, ob die Wiederholung beim letzten Checkpoint des Servers fortsetzt oder von vorn läuft</translation>
    </message>
    <message>
        <source>%1 of %2 rows were processed so far.</source>
        <translation>Bisher wurden %1 von %2 Zeilen verarbeitet.</translation>
    </message>
    <message>
        <source>The server decides where the new run starts: with append, rows after its last checkpoint may be loaded again.</source>
        <translation>Der Server entscheidet, wo der neue Lauf beginnt: Bei append werden Zeilen nach seinem letzten Checkpoint womöglich erneut geladen.</translation>
    </message>
    <message>
        <source>The server decides where the new run starts: with upsert, rows after its last checkpoint are written again and update the rows already loaded.</source>
        <translation>Der Server entscheidet, wo der neue Lauf beginnt: Bei upsert werden Zeilen nach seinem letzten Checkpoint erneut geschrieben und aktualisieren die bereits geladenen Zeilen.</translation>
    </message>
    <message>
        <source>All %1 rows are loaded again; the target&apos;s data is replaced.</source>
        <translation>Alle %1 Zeilen werden erneut geladen; die Daten im Ziel werden ersetzt.</translation>
    </message>
    <message>
        <source>Check the pipeline&apos;s load mode before retrying.</source>
        <translation>Prüfen Sie vor dem Wiederholen den Lademodus der Pipeline.</translation>
    </message>
    <message>
        <source>resumes from the server&apos;s last checkpoint</source>
        <translation>setzt beim letzten Checkpoint des Servers fort</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Server: resumeFromRow %1, resumable %2</source>
        <translation>Server: resumeFromRow %1, resumable %2</translation>
    </message>
    <message>
        <source>⚠ The server will not resume this run: it says it is not resumable and re-processes it from row %1.</source>
        <translation>⚠ Der Server setzt diesen Lauf nicht fort: Er meldet ihn als nicht fortsetzbar und verarbeitet ihn ab Zeile %1 neu.</translation>
    </message>
    <message>
        <source>⚠ The server will not resume this run: it re-processes every partition from row 0.</source>
        <translation>⚠ Der Server setzt diesen Lauf nicht fort: Er verarbeitet jede Partition ab Zeile 0 neu.</translation>
    </message>
    <message>
        <source>With append, rows that were already loaded are loaded again.</source>
        <translation>Bei append werden bereits geladene Zeilen erneut geladen.</translation>
    </message>
    <message>
        <source>⚠ The server resumes from row %1, behind the %2 rows processed.</source>
        <translation>⚠ Der Server setzt bei Zeile %1 fort, hinter den %2 verarbeiteten Zeilen zurück.</translation>
    </message>
    <message>
        <source>With append, up to %1 rows are loaded again.</source>
        <translation>Bei append werden bis zu %1 Zeilen erneut geladen.</translation>
    </message>
</context>
<context>
    <name>fw::RetryPermission</name>
    <message>
        <source>Viewers cannot retry runs</source>
        <translation>Betrachter können keine Läufe wiederholen</translation>
    </message>
    <message>
        <source>The server refused: insufficient permissions</source>
        <translation>Der Server lehnt ab: keine ausreichenden Berechtigungen</translation>
    </message>
    <message>
        <source>Only failed runs or runs completed with errors can be retried</source>
        <translation>Nur fehlgeschlagene oder mit Fehlern abgeschlossene Läufe lassen sich wiederholen</translation>
    </message>
    <message>
        <source>Waiting for the run&apos;s status</source>
        <translation>Warte auf den Status des Laufs</translation>
    </message>
    <message>
        <source>A retry of this run is already being sent</source>
        <translation>Eine Wiederholung dieses Laufs wird bereits gesendet</translation>
    </message>
    <message>
        <source>Outcome unknown — checking whether the retry was created</source>
        <translation>Ergebnis unbekannt — prüfe, ob die Wiederholung angelegt wurde</translation>
    </message>
</context>
<context>
    <name>fw::RunFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>negative count reported</source>
        <translation>negative Anzahl gemeldet</translation>
    </message>
    <message>
        <source>negative total reported</source>
        <translation>negative Gesamtzahl gemeldet</translation>
    </message>
    <message>
        <source>rows processed but the total is 0</source>
        <translation>Zeilen verarbeitet, aber die Gesamtzahl ist 0</translation>
    </message>
    <message>
        <source>more processed than the total</source>
        <translation>mehr verarbeitet als insgesamt vorhanden</translation>
    </message>
    <message>
        <source>progress is not a number</source>
        <translation>Fortschritt ist keine Zahl</translation>
    </message>
    <message>
        <source>progress %1 % is outside 0–100</source>
        <translation>Fortschritt %1 % liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>fw::RunHistory</name>
    <message>
        <source>running %1× longer than usual (usually %2)</source>
        <translation>läuft %1× länger als üblich (üblich: %2)</translation>
    </message>
    <message>
        <source>usually takes %1</source>
        <translation>dauert üblicherweise %1</translation>
    </message>
</context>
<context>
    <name>fw::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Retry of</source>
        <translation>Wiederholung von</translation>
    </message>
</context>
<context>
    <name>fw::RunListModelFilter</name>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln runs</source>
        <translation>
            <numerusform>%1 von %Ln Lauf</numerusform>
            <numerusform>%1 von %Ln Läufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::RunLocator</name>
    <message>
        <source>Enter a run id such as run_001, or paste the run&apos;s address from the KaireonAI web app.</source>
        <translation>Geben Sie eine Lauf-ID wie run_001 ein oder fügen Sie die Adresse des Laufs aus der KaireonAI-Web-App ein.</translation>
    </message>
    <message>
        <source>That text is too long to be a run address. </source>
        <translation>Der Text ist zu lang für eine Laufadresse. </translation>
    </message>
    <message>
        <source>That address is not a valid web address. </source>
        <translation>Das ist keine gültige Webadresse. </translation>
    </message>
    <message>
        <source>“%1” is not a run id. </source>
        <translation>„%1“ ist keine Lauf-ID. </translation>
    </message>
    <message>
        <source>That address does not point at a run (it has no …/runs/&lt;id&gt;). </source>
        <translation>Diese Adresse zeigt auf keinen Lauf (ihr fehlt …/runs/&lt;id&gt;). </translation>
    </message>
    <message>
        <source>The run id in that address is not valid. </source>
        <translation>Die Lauf-ID in dieser Adresse ist ungültig. </translation>
    </message>
    <message>
        <source>The pipeline id in that address is not valid. </source>
        <translation>Die Pipeline-ID in dieser Adresse ist ungültig. </translation>
    </message>
</context>
<context>
    <name>fw::RunStatusText</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
</context>
<context>
    <name>fw::RunSummary</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rows: %1 (processed %2, total %3)</source>
        <translation>Zeilen: %1 (verarbeitet %2, gesamt %3)</translation>
    </message>
    <message>
        <source>Partitions: %1</source>
        <translation>Partitionen: %1</translation>
    </message>
    <message>
        <source>Negative failed or skipped count reported</source>
        <translation>Negative Zahl fehlgeschlagener oder übersprungener Zeilen gemeldet</translation>
    </message>
    <message>
        <source>Negative elapsed time reported</source>
        <translation>Negative Laufzeit gemeldet</translation>
    </message>
    <message>
        <source>≈ %1 · about %2 (Flowwatch&apos;s estimate)</source>
        <translation>≈ %1 · etwa %2 (Schätzung von Flowwatch)</translation>
    </message>
    <message>
        <source>The server sent no ETA; Flowwatch estimated it from the recent rate of processed rows.</source>
        <translation>Der Server hat keine Restzeit gesendet; Flowwatch hat sie aus der jüngsten Rate verarbeiteter Zeilen geschätzt.</translation>
    </message>
    <message>
        <source>The server&apos;s ETA (%1) is coarse; Flowwatch estimated this from the recent rate of processed rows.</source>
        <translation>Die Restzeit des Servers (%1) ist grob; Flowwatch hat diese aus der jüngsten Rate verarbeiteter Zeilen geschätzt.</translation>
    </message>
    <message>
        <source>%1 · about %2</source>
        <translation>%1 · etwa %2</translation>
    </message>
    <message>
        <source>The server&apos;s ETA, and the time it implies.</source>
        <translation>Die Restzeit des Servers und die Uhrzeit, die sich daraus ergibt.</translation>
    </message>
    <message>
        <source>The server&apos;s ETA, as sent.</source>
        <translation>Die Restzeit des Servers, wie gesendet.</translation>
    </message>
    <message>
        <source>none — not moving</source>
        <translation>keine — keine Bewegung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Queued ≥ %1</source>
        <translation>In Warteschlange ≥ %1</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>In Warteschlange %1</translation>
    </message>
</context>
<context>
    <name>fw::RunWatcher</name>
    <message>
        <source>API key rejected for %1 — check the key and tenant in the connection settings, then press Refresh now.</source>
        <translation>API-Schlüssel für %1 abgelehnt — prüfen Sie Schlüssel und Mandant in den Verbindungseinstellungen und drücken Sie dann „Jetzt aktualisieren“.</translation>
    </message>
    <message>
        <source>No permission to view this run — ask an administrator of %1 for access; retrying slowly.</source>
        <translation>Keine Berechtigung, diesen Lauf anzusehen — bitten Sie einen Administrator von %1 um Zugriff; es wird langsam weiter versucht.</translation>
    </message>
    <message>
        <source>Run not found (deleted, or in another tenant) — check the run id and the tenant of %1.</source>
        <translation>Lauf nicht gefunden (gelöscht oder in einem anderen Mandanten) — prüfen Sie die Lauf-ID und den Mandanten von %1.</translation>
    </message>
</context>
<context>
    <name>fw::StallRule</name>
    <message>
        <source>stalled for %1 s</source>
        <translation>steht seit %1 s still</translation>
    </message>
    <message>
        <source>stalled for %1 min</source>
        <translation>steht seit %1 min still</translation>
    </message>
    <message>
        <source>stalled for %1 h %2 min</source>
        <translation>steht seit %1 h %2 min still</translation>
    </message>
</context>
<context>
    <name>fw::WatchListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (out of range)</source>
        <translation> (außerhalb des Bereichs)</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source> ⚑ PROD</source>
        <translation> ⚑ PROD</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>fw::app::LaunchOptions</name>
    <message>
        <source>Pipeline of --run.</source>
        <translation>Pipeline von --run.</translation>
    </message>
    <message>
        <source>Open this run at once.</source>
        <translation>Diesen Lauf sofort öffnen.</translation>
    </message>
    <message>
        <source>Open a saved connection.</source>
        <translation>Eine gespeicherte Verbindung öffnen.</translation>
    </message>
    <message>
        <source>Watch KaireonAI data-pipeline runs.

The API key is never given on the command line: saved connections keep it in the system keychain; with --server it is read from FLOWWATCH_API_KEY (else KAIREON_API_KEY). Subcommands without a window: export-errors, retry, watch (see `flowwatch watch --help`).</source>
        <translation>Läufe von KaireonAI-Datenpipelines beobachten.

Der API-Schlüssel wird nie auf der Befehlszeile übergeben: Gespeicherte Verbindungen halten ihn im Schlüsselbund des Systems; mit --server wird er aus FLOWWATCH_API_KEY gelesen (sonst KAIREON_API_KEY). Unterbefehle ohne Fenster: export-errors, retry, watch (siehe `flowwatch watch --help`).</translation>
    </message>
    <message>
        <source>Start the built-in simulator and watch its demo runs (in a window of its own).</source>
        <translation>Den eingebauten Simulator starten und seine Demo-Läufe beobachten (in einem eigenen Fenster).</translation>
    </message>
    <message>
        <source>Open a window of its own even when Flowwatch already runs. Without it, a link, --profile or --run is handed to the running Flowwatch, which opens it; --server and --demo always get a window of their own.</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Flowwatch schon läuft. Ohne diese Option gehen ein Link, --profile oder --run an das laufende Flowwatch, das sie öffnet; --server und --demo bekommen immer ein eigenes Fenster.</translation>
    </message>
    <message>
        <source>A flowwatch://open?… link to open.</source>
        <translation>Ein zu öffnender flowwatch://open?…-Link.</translation>
    </message>
    <message>
        <source>[link]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <source>--run needs --pipeline ID as well.</source>
        <translation>--run braucht auch --pipeline ID.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>set FLOWWATCH_API_KEY (or KAIREON_API_KEY) to the API key for --server; keys are never taken from the command line.</source>
        <translation>setzen Sie FLOWWATCH_API_KEY (oder KAIREON_API_KEY) auf den API-Schlüssel für --server; Schlüssel werden nie von der Befehlszeile genommen.</translation>
    </message>
    <message>
        <source>there is no saved connection named “%1”. Add it in File → Connections… first.</source>
        <translation>es gibt keine gespeicherte Verbindung namens „%1“. Legen Sie sie zuerst unter Datei → Verbindungen… an.</translation>
    </message>
    <message>
        <source>the demo server could not listen on 127.0.0.1.</source>
        <translation>der Demo-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>%1; opening a window of its own.</source>
        <translation>%1; es wird ein eigenes Fenster geöffnet.</translation>
    </message>
</context>
<context>
    <name>fw::app::SingleInstance</name>
    <message>
        <source>the running Flowwatch did not answer in time</source>
        <translation>das laufende Flowwatch hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>cannot reach the running Flowwatch: %1</source>
        <translation>das laufende Flowwatch ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>cannot listen for later launches on %1: %2</source>
        <translation>auf %1 kann nicht auf spätere Starts gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>fw::cli::ConnectionOptions</name>
    <message>
        <source>KaireonAI server, e.g. https://host.</source>
        <translation>KaireonAI-Server, z. B. https://host.</translation>
    </message>
    <message>
        <source>Tenant id (default: KAIREON_TENANT_ID).</source>
        <translation>Mandanten-ID (Standard: KAIREON_TENANT_ID).</translation>
    </message>
    <message>
        <source>Pipeline id.</source>
        <translation>Pipeline-ID.</translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation>Lauf-ID.</translation>
    </message>
    <message>
        <source>Send the key as Authorization: Bearer instead of X-API-Key.</source>
        <translation>Den Schlüssel als Authorization: Bearer statt als X-API-Key senden.</translation>
    </message>
    <message>
        <source>missing --%1 (see --help)</source>
        <translation>--%1 fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>--server must be an http:// or https:// URL, not %1</source>
        <translation>--server muss eine http://- oder https://-URL sein, nicht %1</translation>
    </message>
    <message>
        <source>missing --tenant (or KAIREON_TENANT_ID)</source>
        <translation>--tenant fehlt (oder KAIREON_TENANT_ID)</translation>
    </message>
    <message>
        <source>no API key: set FLOWWATCH_API_KEY (or KAIREON_API_KEY); keys are never taken from the command line</source>
        <translation>kein API-Schlüssel: setzen Sie FLOWWATCH_API_KEY (oder KAIREON_API_KEY); Schlüssel werden nie von der Befehlszeile genommen</translation>
    </message>
</context>
<context>
    <name>fw::cli::ExportErrorsCommand</name>
    <message>
        <source>run %1 not found in pipeline %2 (deleted, or in another tenant) — check --pipeline, --run and --tenant</source>
        <translation>Lauf %1 in Pipeline %2 nicht gefunden (gelöscht oder in einem anderen Mandanten) — prüfen Sie --pipeline, --run und --tenant</translation>
    </message>
    <message>
        <source>API key rejected by %1 — check FLOWWATCH_API_KEY and --tenant</source>
        <translation>API-Schlüssel von %1 abgelehnt — prüfen Sie FLOWWATCH_API_KEY und --tenant</translation>
    </message>
    <message>
        <source>no permission to read the errors of run %1 — ask an admin of tenant %2</source>
        <translation>keine Berechtigung, die Fehler von Lauf %1 zu lesen — fragen Sie einen Admin des Mandanten %2</translation>
    </message>
    <message>
        <source>interrupted: nothing was written</source>
        <translation>unterbrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>refusing to write %1: it is not a regular file (a folder, a device or a pipe) — choose another file with -o</source>
        <translation>%1 wird nicht geschrieben: keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe) — wählen Sie mit -o eine andere Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2 — choose another file with -o</source>
        <translation>%1 kann nicht geschrieben werden: %2 — wählen Sie mit -o eine andere Datei</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 errors received…</source>
        <translation>%1 Fehler empfangen…</translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>Schreiben auf die Standardausgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Wrote %1 errors%2 of run %3</source>
        <translation>%1 Fehler%2 von Lauf %3 geschrieben</translation>
    </message>
    <message>
        <source>could not save %1: %2 — check the free space and permissions</source>
        <translation>%1 konnte nicht gespeichert werden: %2 — prüfen Sie freien Speicherplatz und Berechtigungen</translation>
    </message>
    <message>
        <source>Wrote %1 errors%2 of run %3 to %4</source>
        <translation>%1 Fehler%2 von Lauf %3 nach %4 geschrieben</translation>
    </message>
    <message>
        <source>Writes the validation errors of a run as CSV (formulas neutralised, UTF-8).
The API key is read from FLOWWATCH_API_KEY (or KAIREON_API_KEY), never from the command line.</source>
        <translation>Schreibt die Validierungsfehler eines Laufs als CSV (Formeln entschärft, UTF-8).
Der API-Schlüssel wird aus FLOWWATCH_API_KEY (oder KAIREON_API_KEY) gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Output file (default: the suggested name in the current directory; - for stdout).</source>
        <translation>Ausgabedatei (Standard: der vorgeschlagene Name im aktuellen Verzeichnis; - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Only errors whose row, column, value or message contains TEXT (case-insensitive).</source>
        <translation>Nur Fehler, deren Zeile, Spalte, Wert oder Meldung TEXT enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Omit the UTF-8 byte order mark.</source>
        <translation>Die UTF-8-Bytereihenfolgemarkierung (BOM) weglassen.</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <source>the API key is never taken from the command line (it would show in the process list and shell history): set FLOWWATCH_API_KEY</source>
        <translation>der API-Schlüssel wird nie von der Befehlszeile genommen (er stünde in der Prozessliste und im Shell-Verlauf): setzen Sie FLOWWATCH_API_KEY</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--%1 is required (see --help)</source>
        <translation>--%1 ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>--server &quot;%1&quot; is not an http(s) URL: use e.g. http://localhost:3000</source>
        <translation>--server „%1“ ist keine http(s)-URL: verwenden Sie z. B. http://localhost:3000</translation>
    </message>
    <message>
        <source>no tenant: pass --tenant or set KAIREON_TENANT_ID</source>
        <translation>kein Mandant: übergeben Sie --tenant oder setzen Sie KAIREON_TENANT_ID</translation>
    </message>
    <message>
        <source>no API key: set FLOWWATCH_API_KEY (or KAIREON_API_KEY)</source>
        <translation>kein API-Schlüssel: setzen Sie FLOWWATCH_API_KEY (oder KAIREON_API_KEY)</translation>
    </message>
</context>
<context>
    <name>fw::cli::RetryCommand</name>
    <message>
        <source>Retry a failed pipeline run (or one completed with errors) once. The API key is read from FLOWWATCH_API_KEY (else KAIREON_API_KEY).</source>
        <translation>Einen fehlgeschlagenen (oder mit Fehlern abgeschlossenen) Pipeline-Lauf einmal wiederholen. Der API-Schlüssel wird aus FLOWWATCH_API_KEY gelesen (sonst KAIREON_API_KEY).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run id to retry.</source>
        <translation>ID des zu wiederholenden Laufs.</translation>
    </message>
    <message>
        <source>Retry without asking.</source>
        <translation>Ohne Nachfrage wiederholen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 created; 1 not retried (not confirmed, network or other failure); 2 usage; 3 key rejected or not allowed (401/403); 4 not found (404); 5 the run&apos;s status does not allow a retry (422); 6 outcome unknown.</source>
        <translation>Exit-Codes: 0 angelegt; 1 nicht wiederholt (nicht bestätigt, Netzwerk- oder anderer Fehler); 2 Aufruf; 3 Schlüssel abgelehnt oder nicht erlaubt (401/403); 4 nicht gefunden (404); 5 der Status des Laufs erlaubt keine Wiederholung (422); 6 Ergebnis unbekannt.</translation>
    </message>
    <message>
        <source>unexpected argument %1 (see --help)</source>
        <translation>unerwartetes Argument %1 (siehe --help)</translation>
    </message>
    <message>
        <source>not retried: stdin is not a terminal, so nobody can confirm — pass --yes to retry without asking</source>
        <translation>nicht wiederholt: Die Standardeingabe ist kein Terminal, niemand kann bestätigen — übergeben Sie --yes, um ohne Nachfrage zu wiederholen</translation>
    </message>
    <message>
        <source>not retried</source>
        <translation>nicht wiederholt</translation>
    </message>
    <message>
        <source>not retried: no answer</source>
        <translation>nicht wiederholt: keine Antwort</translation>
    </message>
    <message>
        <source>%1 is %2: %3; nothing was retried</source>
        <translation>%1 ist %2: %3; nichts wurde wiederholt</translation>
    </message>
    <message>
        <source>Retry %1 of %2 on %3? %4</source>
        <translation>%1 von %2 auf %3 wiederholen? %4</translation>
    </message>
    <message>
        <source>%1 created — retry of %2, %3</source>
        <translation>%1 angelegt — Wiederholung von %2, %3</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Outcome unknown — checking…</source>
        <translation>Ergebnis unbekannt — wird geprüft…</translation>
    </message>
    <message>
        <source>outcome unknown: the connection to %1 ended after the retry was sent and no new run could be confirmed — check the pipeline&apos;s runs before retrying again</source>
        <translation>Ergebnis unbekannt: Die Verbindung zu %1 endete nach dem Senden der Wiederholung, und kein neuer Lauf ließ sich bestätigen — prüfen Sie die Läufe der Pipeline, bevor Sie erneut wiederholen</translation>
    </message>
    <message>
        <source>a retry of this run is already in flight</source>
        <translation>eine Wiederholung dieses Laufs ist bereits unterwegs</translation>
    </message>
    <message>
        <source>It %1.</source>
        <translation>Sie %1.</translation>
    </message>
    <message>
        <source>run %1 not found in pipeline %2 (deleted, or in another tenant) — check --pipeline, --run and --tenant; nothing was retried</source>
        <translation>Lauf %1 in Pipeline %2 nicht gefunden (gelöscht oder in einem anderen Mandanten) — prüfen Sie --pipeline, --run und --tenant; nichts wurde wiederholt</translation>
    </message>
    <message>
        <source>API key rejected by %1 — check FLOWWATCH_API_KEY and --tenant; nothing was retried</source>
        <translation>API-Schlüssel von %1 abgelehnt — prüfen Sie FLOWWATCH_API_KEY und --tenant; nichts wurde wiederholt</translation>
    </message>
    <message>
        <source>no permission to read run %1 — nothing was retried</source>
        <translation>keine Berechtigung, Lauf %1 zu lesen — nichts wurde wiederholt</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2) — check --server and your network; nothing was retried</source>
        <translation>%1 ist nicht erreichbar (%2) — prüfen Sie --server und Ihr Netzwerk; nichts wurde wiederholt</translation>
    </message>
    <message>
        <source>%1 did not answer in time — nothing was retried; try again later</source>
        <translation>%1 hat nicht rechtzeitig geantwortet — nichts wurde wiederholt; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Nothing was retried.</source>
        <translation>Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
</context>
<context>
    <name>fw::cli::WatchCommand</name>
    <message>
        <source>Follow a pipeline run until it ends. The API key is read from FLOWWATCH_API_KEY (else KAIREON_API_KEY).</source>
        <translation>Einen Pipeline-Lauf bis zu seinem Ende verfolgen. Der API-Schlüssel wird aus FLOWWATCH_API_KEY gelesen (sonst KAIREON_API_KEY).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run id to watch.</source>
        <translation>ID des zu beobachtenden Laufs.</translation>
    </message>
    <message>
        <source>Seconds between polls, 1-60 (default 2); slower while nothing changes.</source>
        <translation>Sekunden zwischen Abfragen, 1-60 (Standard 2); langsamer, solange sich nichts ändert.</translation>
    </message>
    <message>
        <source>One JSON object per poll (NDJSON).</source>
        <translation>Ein JSON-Objekt pro Abfrage (NDJSON).</translation>
    </message>
    <message>
        <source>Exit 1 if the run failed, 3 if it completed with errors.</source>
        <translation>Exit-Code 1, wenn der Lauf fehlschlug, 3, wenn er mit Fehlern abschloss.</translation>
    </message>
    <message>
        <source>Give up after this long (90s, 10m, 2h); exit 7.</source>
        <translation>Nach dieser Zeit aufgeben (90s, 10m, 2h); Exit-Code 7.</translation>
    </message>
    <message>
        <source>Print the current state and exit.</source>
        <translation>Den aktuellen Stand ausgeben und beenden.</translation>
    </message>
    <message>
        <source>A running run whose processed rows have not moved for this long is stalled (default 10m).</source>
        <translation>Ein laufender Lauf, dessen verarbeitete Zeilen sich so lange nicht bewegt haben, steht still (Standard 10m).</translation>
    </message>
    <message>
        <source>Exit codes: 0 completed (any end without --exit-status); with --exit-status 1 failed, 3 completed with errors; 2 usage; 4 run not found; 5 key rejected or no permission; 6 server unreachable; 7 timed out; 130 interrupted (Ctrl+C).</source>
        <translation>Exit-Codes: 0 beendet (jedes Ende ohne --exit-status); mit --exit-status 1 fehlgeschlagen, 3 mit Fehlern abgeschlossen; 2 Aufruf; 4 Lauf nicht gefunden; 5 Schlüssel abgelehnt oder keine Berechtigung; 6 Server nicht erreichbar; 7 Zeit abgelaufen; 130 unterbrochen (Strg+C).</translation>
    </message>
    <message>
        <source>unexpected argument %1 (see --help)</source>
        <translation>unerwartetes Argument %1 (siehe --help)</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 1 to 60, not %1</source>
        <translation>--interval muss eine Sekundenzahl von 1 bis 60 sein, nicht %1</translation>
    </message>
    <message>
        <source>--%1 must be a duration such as 90s, 10m or 2h, not %2</source>
        <translation>--%1 muss eine Dauer wie 90s, 10m oder 2h sein, nicht %2</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>timed out after %1; %2 is %3</source>
        <translation>Zeit nach %1 abgelaufen; %2 ist %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>run %1 not found in pipeline %2 (deleted, or in another tenant) — check --pipeline, --run and --tenant</source>
        <translation>Lauf %1 in Pipeline %2 nicht gefunden (gelöscht oder in einem anderen Mandanten) — prüfen Sie --pipeline, --run und --tenant</translation>
    </message>
    <message>
        <source>API key rejected by %1 — check FLOWWATCH_API_KEY and --tenant</source>
        <translation>API-Schlüssel von %1 abgelehnt — prüfen Sie FLOWWATCH_API_KEY und --tenant</translation>
    </message>
    <message>
        <source>no permission to read run %1 on %2</source>
        <translation>keine Berechtigung, Lauf %1 auf %2 zu lesen</translation>
    </message>
    <message>
        <source>cannot reach %1 — %2</source>
        <translation>%1 ist nicht erreichbar — %2</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
</context>
<context>
    <name>fw::ui::BrowserPanel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Filter pipelines (Ctrl+F)</source>
        <translation>Pipelines filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter pipelines</source>
        <translation>Pipelines filtern</translation>
    </message>
    <message>
        <source>Last run status</source>
        <translation>Status des letzten Laufs</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie gelaufen</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Runs of the selected pipeline</source>
        <translation>Läufe der gewählten Pipeline</translation>
    </message>
    <message>
        <source>Copy run id</source>
        <translation>Lauf-ID kopieren</translation>
    </message>
    <message>
        <source>Filter runs by id</source>
        <translation>Läufe nach ID filtern</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Run count</source>
        <translation>Anzahl der Läufe</translation>
    </message>
    <message>
        <source>Runs — Enter or double-click opens a run</source>
        <translation>Läufe — Eingabetaste oder Doppelklick öffnet einen Lauf</translation>
    </message>
    <message>
        <source>This server has no runs list, so only the runs Flowwatch knows are shown: the last run, runs you opened and runs your retries created. Open any other run by id with Ctrl+O.</source>
        <translation>Dieser Server hat keine Liste der Läufe; gezeigt werden nur die Läufe, die Flowwatch kennt: der letzte Lauf, von Ihnen geöffnete Läufe und von Ihren Wiederholungen angelegte Läufe. Jeden anderen Lauf öffnen Sie per ID mit Strg+O.</translation>
    </message>
    <message>
        <source>  [PRODUCTION]</source>
        <translation>  [PRODUKTION]</translation>
    </message>
    <message>
        <source>  (this session)</source>
        <translation>  (diese Sitzung)</translation>
    </message>
    <message>
        <source>No connection — add one in File → Connections…</source>
        <translation>Keine Verbindung — legen Sie eine unter Datei → Verbindungen… an</translation>
    </message>
    <message>
        <source>Loading pipelines… %1 so far</source>
        <translation>Pipelines werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation>Läufe filtern</translation>
    </message>
</context>
<context>
    <name>fw::ui::DesktopNotifier</name>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
</context>
<context>
    <name>fw::ui::ErrorDetailPane</name>
    <message>
        <source>Select an error to see its whole value.</source>
        <translation>Wählen Sie einen Fehler, um seinen ganzen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3 · %4 characters</source>
        <extracomment>Detail headline: row number, column name, error message</extracomment>
        <translation>Zeile %1 · %2 · %3 · %4 Zeichen</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(keine Spalte)</translation>
    </message>
    <message>
        <source>(empty value)</source>
        <translation>(leerer Wert)</translation>
    </message>
    <message>
        <source>No error selected</source>
        <translation>Kein Fehler ausgewählt</translation>
    </message>
</context>
<context>
    <name>fw::ui::ErrorExportDialog</name>
    <message>
        <source>Start with a UTF-8 byte order mark (lets Excel detect the encoding)</source>
        <translation>Mit UTF-8-Bytereihenfolgemarkierung beginnen (damit Excel die Kodierung erkennt)</translation>
    </message>
    <message>
        <source>Export errors</source>
        <translation>Fehler exportieren</translation>
    </message>
    <message>
        <source>&amp;All %1 errors loaded so far (loading is not finished)</source>
        <translation>&amp;Alle %1 bisher geladenen Fehler (Laden ist nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>&amp;All %1 errors</source>
        <translation>&amp;Alle %1 Fehler</translation>
    </message>
    <message>
        <source>Only the %1 errors &amp;shown, in their current order</source>
        <translation>Nur die %1 an&amp;gezeigten Fehler, in ihrer aktuellen Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cells that a spreadsheet would run as a formula (starting with = + - @) are written with a leading apostrophe.</source>
        <translation>Zellen, die eine Tabellenkalkulation als Formel ausführen würde (beginnend mit = + - @), werden mit vorangestelltem Apostroph geschrieben.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fw::ui::ErrorSummaryPanel</name>
    <message>
        <source>By &amp;error</source>
        <translation>Nach &amp;Fehler</translation>
    </message>
    <message>
        <source>Errors by message</source>
        <translation>Fehler nach Meldung</translation>
    </message>
    <message>
        <source>By co&amp;lumn</source>
        <translation>Nach S&amp;palte</translation>
    </message>
    <message>
        <source>Errors by column</source>
        <translation>Fehler nach Spalte</translation>
    </message>
</context>
<context>
    <name>fw::ui::ErrorsPanel</name>
    <message>
        <source>&amp;Load all errors</source>
        <translation>Alle Fehler &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export errors…</source>
        <translation>Fehler &amp;exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Search row, column, value, error</source>
        <translation>Zeile, Spalte, Wert, Fehler durchsuchen</translation>
    </message>
    <message>
        <source>Search errors</source>
        <translation>Fehler durchsuchen</translation>
    </message>
    <message>
        <source>Filter by column</source>
        <translation>Nach Spalte filtern</translation>
    </message>
    <message>
        <source>Filter by error</source>
        <translation>Nach Fehler filtern</translation>
    </message>
    <message>
        <source>Validation errors</source>
        <translation>Validierungsfehler</translation>
    </message>
    <message>
        <source>No connection for this run — open it from a connected profile.</source>
        <translation>Keine Verbindung für diesen Lauf — öffnen Sie ihn aus einem verbundenen Profil.</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Copied the first %1 rows — use Export (Ctrl+E) for more.</source>
        <translation>Die ersten %1 Zeilen kopiert — für mehr verwenden Sie Exportieren (Strg+E).</translation>
    </message>
    <message>
        <source>Copied 1 row.</source>
        <translation>1 Zeile kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation>%1 Zeilen kopiert.</translation>
    </message>
    <message>
        <source>Exported %1 errors to %2</source>
        <translation>%1 Fehler nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>Export abgebrochen — keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Counted from the first %1 of %2 errors — load all (Ctrl+L) for every one.</source>
        <translation>Gezählt aus den ersten %1 von %2 Fehlern — alle laden (Strg+L) für jeden einzelnen.</translation>
    </message>
    <message>
        <source>Counted from the %1 of %2 errors loaded so far…</source>
        <translation>Gezählt aus den %1 von %2 bisher geladenen Fehlern…</translation>
    </message>
    <message>
        <source>Counted from the %1 errors loaded so far…</source>
        <translation>Gezählt aus den %1 bisher geladenen Fehlern…</translation>
    </message>
    <message>
        <source>Counted from the %1 errors loaded (the load did not finish).</source>
        <translation>Gezählt aus den %1 geladenen Fehlern (das Laden wurde nicht abgeschlossen).</translation>
    </message>
</context>
<context>
    <name>fw::ui::ErrorsPreview</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>First validation errors</source>
        <translation>Erste Validierungsfehler</translation>
    </message>
    <message>
        <source>No validation errors reported.</source>
        <translation>Keine Validierungsfehler gemeldet.</translation>
    </message>
    <message>
        <source>The first %1 of %2 validation errors.</source>
        <translation>Die ersten %1 von %2 Validierungsfehlern.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ErrorsStatusLine</name>
    <message>
        <source>%1 of %2 errors</source>
        <translation>%1 von %2 Fehlern</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>This run has no validation errors.</source>
        <translation>Dieser Lauf hat keine Validierungsfehler.</translation>
    </message>
    <message>
        <source>No errors to show yet.</source>
        <translation>Noch keine Fehler anzuzeigen.</translation>
    </message>
    <message>
        <source>Showing the first %1 — Load all errors (Ctrl+L) to see every one</source>
        <translation>Die ersten %1 werden angezeigt — Alle Fehler laden (Strg+L) zeigt jeden</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Wird geladen… %1</translation>
    </message>
    <message>
        <source>Loading cancelled: %1 loaded — Load all errors (Ctrl+L) to load them all</source>
        <translation>Laden abgebrochen: %1 geladen — Alle Fehler laden (Strg+L) lädt alle</translation>
    </message>
    <message>
        <source>Could not load the errors: %1 Use Reload (Ctrl+L) to try again.</source>
        <translation>Die Fehler konnten nicht geladen werden: %1 Mit Neu laden (Strg+L) erneut versuchen.</translation>
    </message>
    <message>
        <source> · filtered: %1</source>
        <translation> · gefiltert: %1</translation>
    </message>
    <message>
        <source> · filtering…</source>
        <translation> · wird gefiltert…</translation>
    </message>
    <message>
        <source> · sorting…</source>
        <translation> · wird sortiert…</translation>
    </message>
    <message>
        <source> · exporting… (Esc cancels)</source>
        <translation> · wird exportiert… (Esc bricht ab)</translation>
    </message>
</context>
<context>
    <name>fw::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Flowwatch follows the system&apos;s language from its next start.</source>
        <translation>Flowwatch folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Flowwatch speaks %1 from its next start.</source>
        <translation>Flowwatch spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>fw::ui::LogPanel</name>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Stufenfilter</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Protokoll durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest entry in view (Ctrl+L)</source>
        <translation>Den neuesten Eintrag sichtbar halten (Strg+L)</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Protokoll speichern…</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2. Choose another folder and try again.</source>
        <translation>Das Protokoll konnte nicht nach %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Save the log entries shown to a text file (Ctrl+S)</source>
        <translation>Die angezeigten Protokolleinträge in eine Textdatei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>The filter shows %1 of %2 entries.</source>
        <translation>Der Filter zeigt %1 von %2 Einträgen.</translation>
    </message>
    <message>
        <source>Save the %1 shown</source>
        <translation>Die %1 angezeigten speichern</translation>
    </message>
    <message>
        <source>Save all %1</source>
        <translation>Alle %1 speichern</translation>
    </message>
</context>
<context>
    <name>fw::ui::MainWindow</name>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source> PRODUCTION </source>
        <translation> PRODUKTION </translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source> (PRODUCTION)</source>
        <translation> (PRODUKTION)</translation>
    </message>
    <message>
        <source>The connection “%1” was removed.</source>
        <translation>Die Verbindung „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source> — PRODUCTION</source>
        <translation> — PRODUKTION</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>%1 · tenant %2</source>
        <translation>%1 · Mandant %2</translation>
    </message>
    <message>
        <source>Last update %1</source>
        <translation>Letzte Aktualisierung %1</translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation>Noch keine Aktualisierung</translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This link is for %1 (tenant %2), which has no connection yet.</source>
        <translation>Dieser Link gilt für %1 (Mandant %2), wofür es noch keine Verbindung gibt.</translation>
    </message>
    <message>
        <source>Add a connection?</source>
        <translation>Verbindung anlegen?</translation>
    </message>
    <message>
        <source>

Add a connection for it? You will be asked for its API key; the link itself never carries one.</source>
        <translation>

Eine Verbindung dafür anlegen? Sie werden nach ihrem API-Schlüssel gefragt; der Link selbst enthält nie einen.</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Run id, pipeline/run, or the run&apos;s address from the KaireonAI web app or a flowwatch:// link:</source>
        <translation>Lauf-ID, Pipeline/Lauf oder die Adresse des Laufs aus der KaireonAI-Web-App oder ein flowwatch://-Link:</translation>
    </message>
    <message>
        <source>Select the run&apos;s pipeline in the browser first, or paste the run&apos;s full address (it names the pipeline).</source>
        <translation>Wählen Sie zuerst die Pipeline des Laufs im Browser oder fügen Sie die vollständige Adresse des Laufs ein (sie nennt die Pipeline).</translation>
    </message>
    <message>
        <source>Add a connection first: File → Connections…</source>
        <translation>Legen Sie zuerst eine Verbindung an: Datei → Verbindungen…</translation>
    </message>
    <message>
        <source>About Flowwatch</source>
        <translation>Über Flowwatch</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flowwatch %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop monitor for KaireonAI data-pipeline runs.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Flowwatch %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Monitor für Läufe von KaireonAI-Datenpipelines.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Flowwatch keeps watching in the tray. Quit with Ctrl+Q.</source>
        <translation>Flowwatch beobachtet im Systembereich weiter. Beenden mit Strg+Q.</translation>
    </message>
    <message>
        <source>A retry is still being sent</source>
        <translation>Eine Wiederholung wird noch gesendet</translation>
    </message>
    <message>
        <source>A retry has not been confirmed by the server yet. If you quit now, you will not know whether it was accepted: check the run&apos;s list on the server afterwards.

Quit anyway?</source>
        <translation>Der Server hat eine Wiederholung noch nicht bestätigt. Wenn Sie jetzt beenden, wissen Sie nicht, ob sie angenommen wurde: Prüfen Sie danach die Läufe auf dem Server.

Trotzdem beenden?</translation>
    </message>
    <message>
        <source>&amp;System appearance</source>
        <translation>S&amp;ystem-Darstellung</translation>
    </message>
    <message>
        <source>&amp;Light appearance</source>
        <translation>&amp;Helle Darstellung</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>&amp;Dunkle Darstellung</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray when closed</source>
        <translation>Beim Schließen im Systembereich &amp;weiter beobachten</translation>
    </message>
    <message>
        <source>&amp;Export errors…</source>
        <translation>Fehler &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open a run whose errors have loaded first: Export errors acts on the run in the current tab.</source>
        <translation>Öffnen Sie zuerst einen Lauf, dessen Fehler geladen sind: Fehler exportieren wirkt auf den Lauf im aktuellen Tab.</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Open a failed run first: Retry acts on the run in the current tab.</source>
        <translation>Öffnen Sie zuerst einen fehlgeschlagenen Lauf: Wiederholen wirkt auf den Lauf im aktuellen Tab.</translation>
    </message>
    <message>
        <source>Retry is not possible for %1 now; the Retry button in the run&apos;s header says why.</source>
        <translation>Wiederholen ist für %1 gerade nicht möglich; die Schaltfläche Wiederholen im Kopf des Laufs sagt, warum.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open run…</source>
        <translation>Lauf ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Copy &amp;link to run</source>
        <translation>&amp;Link zum Lauf kopieren</translation>
    </message>
    <message>
        <source>Open a run first: the link points at the run in the current tab.</source>
        <translation>Öffnen Sie zuerst einen Lauf: Der Link zeigt auf den Lauf im aktuellen Tab.</translation>
    </message>
    <message>
        <source>Copied a flowwatch:// link to %1 (it carries no key).</source>
        <translation>flowwatch://-Link zu %1 kopiert (er enthält keinen Schlüssel).</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>&amp;Watching overview</source>
        <translation>&amp;Beobachtungsübersicht</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>B&amp;rowser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Flowwatch</source>
        <translation>&amp;Über Flowwatch</translation>
    </message>
    <message>
        <source>Retried %1 as %2; watching %2.</source>
        <translation>%1 als %2 wiederholt; %2 wird beobachtet.</translation>
    </message>
</context>
<context>
    <name>fw::ui::PartitionDelegate</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>fw::ui::PartitionGrid</name>
    <message>
        <source>Partition heat map</source>
        <translation>Heatmap der Partitionen</translation>
    </message>
    <message>
        <source>Partition %1: %2, %3 %</source>
        <translation>Partition %1: %2, %3 %</translation>
    </message>
    <message>
        <source>, out of range</source>
        <translation>, außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>fw::ui::PartitionsPanel</name>
    <message>
        <source>&lt;b&gt;Partitions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partitionen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Grid view</source>
        <translation>Rasteransicht</translation>
    </message>
    <message>
        <source>Switch between progress bars and the heat map (Ctrl+G)</source>
        <translation>Zwischen Fortschrittsbalken und Heatmap wechseln (Strg+G)</translation>
    </message>
    <message>
        <source>Partition progress</source>
        <translation>Fortschritt der Partitionen</translation>
    </message>
    <message>
        <source>Partition details</source>
        <translation>Details der Partition</translation>
    </message>
    <message>
        <source>Close the partition&apos;s details</source>
        <translation>Details der Partition schließen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>fw::ui::ProfileDialog</name>
    <message>
        <source>&amp;Production — mark its window title and tabs</source>
        <translation>&amp;Produktion — Fenstertitel und Tabs kennzeichnen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Tenant id (X-Tenant-Id)</source>
        <translation>Mandanten-ID (X-Tenant-Id)</translation>
    </message>
    <message>
        <source>krn_… (kept in the system keychain)</source>
        <translation>krn_… (wird im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>X-API-Key header (recommended)</source>
        <translation>X-API-Key-Header (empfohlen)</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>Not known — the server decides</source>
        <translation>Unbekannt — der Server entscheidet</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Viewer (cannot retry)</source>
        <translation>Betrachter (kann nicht wiederholen)</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Every finished run</source>
        <translation>Jeder beendete Lauf</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A running run whose processed rows have not moved for this long is shown as stalled, and notified once.</source>
        <translation>Ein laufender Lauf, dessen verarbeitete Zeilen sich so lange nicht bewegt haben, wird als stillstehend angezeigt und einmal gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Key &amp;header:</source>
        <translation>Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>N&amp;otify:</source>
        <translation>&amp;Benachrichtigen:</translation>
    </message>
    <message>
        <source>S&amp;talled after:</source>
        <translation>Stillstand n&amp;ach:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spe&amp;ichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>  [PRODUCTION]</source>
        <translation>  [PRODUKTION]</translation>
    </message>
    <message>
        <source>  (this session)</source>
        <translation>  (diese Sitzung)</translation>
    </message>
    <message>
        <source>Check this new connection, enter its API key and save it.</source>
        <translation>Prüfen Sie diese neue Verbindung, geben Sie ihren API-Schlüssel ein und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Gespeichert — zum Ersetzen einen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>This connection exists for this session only. Save it to keep it (its key goes to the keychain).</source>
        <translation>Diese Verbindung besteht nur für diese Sitzung. Speichern Sie sie, um sie zu behalten (ihr Schlüssel kommt in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Enter the server, tenant and API key of the new connection.</source>
        <translation>Geben Sie Server, Mandant und API-Schlüssel der neuen Verbindung ein.</translation>
    </message>
    <message>
        <source>Enter the API key of this connection (it starts with krn_).</source>
        <translation>Geben Sie den API-Schlüssel dieser Verbindung ein (er beginnt mit krn_).</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Saved “%1”; its key is in the system keychain.</source>
        <translation>„%1“ gespeichert; der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No secure storage found</source>
        <translation>Kein sicherer Speicher gefunden</translation>
    </message>
    <message>
        <source>

Keep the key for this session only?</source>
        <translation>

Den Schlüssel nur für diese Sitzung behalten?</translation>
    </message>
    <message>
        <source>Saved “%1” without a key: enter it again to connect.</source>
        <translation>„%1“ ohne Schlüssel gespeichert: Geben Sie ihn zum Verbinden erneut ein.</translation>
    </message>
    <message>
        <source>Saved “%1”. No secure storage found: its key is kept for this session only and will be asked for next time.</source>
        <translation>„%1“ gespeichert. Kein sicherer Speicher gefunden: Der Schlüssel gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and delete its API key from the keychain?</source>
        <translation>„%1“ entfernen und den API-Schlüssel aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation>Gespeicherter Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Enter the API key to test this connection.</source>
        <translation>Geben Sie den API-Schlüssel ein, um diese Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The key works and sees %Ln pipelines.</source>
        <translation>
            <numerusform>Verbunden. Der Schlüssel funktioniert und sieht %Ln Pipeline.</numerusform>
            <numerusform>Verbunden. Der Schlüssel funktioniert und sieht %Ln Pipelines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The key works.</source>
        <translation>Verbunden. Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Held for this session only — type a key to store it</source>
        <translation>Nur für diese Sitzung gehalten — zum Speichern einen Schlüssel eingeben</translation>
    </message>
</context>
<context>
    <name>fw::ui::RetryAction</name>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Sending retry…</source>
        <translation>Wiederholung wird gesendet…</translation>
    </message>
    <message>
        <source>Outcome unknown — checking…</source>
        <translation>Ergebnis unbekannt — wird geprüft…</translation>
    </message>
    <message>
        <source>Retry %1 (%2)</source>
        <translation>%1 wiederholen (%2)</translation>
    </message>
</context>
<context>
    <name>fw::ui::RetryDialog</name>
    <message>
        <source>Retry %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Retry %1?</source>
        <translation>%1 wiederholen?</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>not stated by the server</source>
        <translation>vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>Load strategy:</source>
        <translation>Ladestrategie:</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Was passiert:</translation>
    </message>
    <message>
        <source>ⓘ %1 was already retried as %2. Retrying again starts another run.</source>
        <translation>ⓘ %1 wurde bereits als %2 wiederholt. Erneutes Wiederholen startet einen weiteren Lauf.</translation>
    </message>
    <message>
        <source>The new run opens in its own tab and is watched live. Flowwatch sends this retry once and never repeats it on its own.</source>
        <translation>Der neue Lauf öffnet sich in einem eigenen Tab und wird live beobachtet. Flowwatch sendet diese Wiederholung einmal und wiederholt sie nie von selbst.</translation>
    </message>
    <message>
        <source>&amp;Retry %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>PRODUCTION — “%1” is a production connection: this retry writes into production data.</source>
        <translation>PRODUKTION — „%1“ ist eine Produktionsverbindung: Diese Wiederholung schreibt in Produktionsdaten.</translation>
    </message>
</context>
<context>
    <name>fw::ui::RetryPanel</name>
    <message>
        <source>Re-check permission</source>
        <translation>Berechtigung erneut prüfen</translation>
    </message>
    <message>
        <source>Allow Retry again for this connection; the server decides on the next retry</source>
        <translation>Wiederholen für diese Verbindung wieder erlauben; der Server entscheidet bei der nächsten Wiederholung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::RunHeader</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation>Zeilen gesamt</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Rows in</source>
        <translation>Zeilen ein</translation>
    </message>
    <message>
        <source>Rows out</source>
        <translation>Zeilen aus</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Load strategy</source>
        <translation>Ladestrategie</translation>
    </message>
    <message>
        <source>Partitions done</source>
        <translation>Partitionen fertig</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Out of range values from the server (shown as sent): </source>
        <translation>Werte des Servers außerhalb des Bereichs (wie gesendet angezeigt): </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>fw::ui::RunHistoryChart</name>
    <message>
        <source>Run durations</source>
        <translation>Laufdauern</translation>
    </message>
    <message>
        <source>No run durations to show</source>
        <translation>Keine Laufdauern anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Last %n runs: %1</source>
        <translation>
            <numerusform>Letzter Lauf: %1</numerusform>
            <numerusform>Letzte %n Läufe: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · median %1</source>
        <translation> · Median %1</translation>
    </message>
    <message>
        <source>No run durations yet</source>
        <translation>Noch keine Laufdauern</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> bisher</translation>
    </message>
</context>
<context>
    <name>fw::ui::RunPage</name>
    <message>
        <source>&amp;Log</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Protokoll speichern…</translation>
    </message>
    <message>
        <source>Follow the log</source>
        <translation>Dem Protokoll folgen</translation>
    </message>
    <message>
        <source>Partitions as grid or list</source>
        <translation>Partitionen als Raster oder Liste</translation>
    </message>
    <message>
        <source>Reset timeline zoom</source>
        <translation>Zoom der Zeitleiste zurücksetzen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>⚠ Stale since %1</source>
        <translation>⚠ Veraltet seit %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation>&amp;Partitionen</translation>
    </message>
    <message>
        <source>Not loaded — polling stopped</source>
        <translation>Nicht geladen — Abfragen angehalten</translation>
    </message>
    <message>
        <source>Not loaded yet — retrying</source>
        <translation>Noch nicht geladen — neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>fw::ui::RunTab</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>API-Schlüssel &amp;eingeben…</translation>
    </message>
    <message>
        <source>Open the connection and enter its API key; the run connects as soon as the key is saved.</source>
        <translation>Die Verbindung öffnen und ihren API-Schlüssel eingeben; der Lauf verbindet sich, sobald der Schlüssel gespeichert ist.</translation>
    </message>
    <message>
        <source>Not connected — no API key</source>
        <translation>Nicht verbunden — kein API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>fw::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search shortcuts by name or key</source>
        <translation>Tastenkürzel nach Name oder Taste durchsuchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fw::ui::StageTimelineChart</name>
    <message>
        <source>Stage timeline</source>
        <translation>Zeitleiste der Stufen</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>The stages appear here as the run&apos;s log arrives.</source>
        <translation>Die Stufen erscheinen hier, sobald das Protokoll des Laufs eintrifft.</translation>
    </message>
    <message>
        <source>%1 partitions · at most %2 running at once</source>
        <translation>%1 Partitionen · höchstens %2 gleichzeitig laufend</translation>
    </message>
    <message>
        <source>%1 partitions, finished before Flowwatch saw them run</source>
        <translation>%1 Partitionen, beendet, bevor Flowwatch sie laufen sah</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%4), %n entries</source>
        <translation>
            <numerusform>%1: %2 – %3 (%4), %n Eintrag</numerusform>
            <numerusform>%1: %2 – %3 (%4), %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>… and %1 more here (zoom in to tell them apart)</source>
        <translation>… und %1 weitere hier (hineinzoomen, um sie zu unterscheiden)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 partitions running, %4 failed so far</source>
        <translation>%1: %2 von %3 Partitionen laufen, bisher %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partition %1 — %2</source>
        <translation>Partition %1 — %2</translation>
    </message>
    <message>
        <source>Seen running from %1</source>
        <translation>Laufend gesehen ab %1</translation>
    </message>
    <message>
        <source>Seen finished at %1</source>
        <translation>Beendet gesehen um %1</translation>
    </message>
    <message>
        <source>(finished before Flowwatch saw it run)</source>
        <translation>(beendet, bevor Flowwatch sie laufen sah)</translation>
    </message>
</context>
<context>
    <name>fw::ui::StaleBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Polling stopped.</source>
        <translation>Abfragen angehalten.</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Waiting for the network.</source>
        <translation>Warte auf das Netzwerk.</translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation>Nächster Versuch in %1 s.</translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation>Daten vom Stand %1.</translation>
    </message>
    <message>
        <source>No data received yet.</source>
        <translation>Noch keine Daten empfangen.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ThroughputChart</name>
    <message>
        <source>Throughput (rows/s)</source>
        <translation>Durchsatz (Zeilen/s)</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Rows per second are charted from the second poll of a running run.</source>
        <translation>Zeilen pro Sekunde werden ab der zweiten Abfrage eines laufenden Laufs gezeichnet.</translation>
    </message>
    <message>
        <source>Average: %1 rows/s over the run</source>
        <translation>Durchschnitt: %1 Zeilen/s über den Lauf</translation>
    </message>
</context>
<context>
    <name>fw::ui::Translations</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>fw::ui::TrayController</name>
    <message>
        <source>%1 — %2: the processed rows have not moved.</source>
        <translation>%1 — %2: Die verarbeiteten Zeilen haben sich nicht bewegt.</translation>
    </message>
    <message>
        <source>Flowwatch — no runs watched</source>
        <translation>Flowwatch — keine Läufe beobachtet</translation>
    </message>
    <message numerus="yes">
        <source>Flowwatch — %1 of %Ln watched runs need attention (%2)</source>
        <translation>
            <numerusform>Flowwatch — Aufmerksamkeit nötig bei %1 von %Ln beobachteten Lauf (%2)</numerusform>
            <numerusform>Flowwatch — Aufmerksamkeit nötig bei %1 von %Ln beobachteten Läufen (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flowwatch — %Ln watched runs, worst: %1</source>
        <translation>
            <numerusform>Flowwatch — %Ln beobachteter Lauf, schlechtester Status: %1</numerusform>
            <numerusform>Flowwatch — %Ln beobachtete Läufe, schlechtester Status: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Flowwatch</source>
        <translation>Flowwatch anzeigen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>No runs watched</source>
        <translation>Keine Läufe beobachtet</translation>
    </message>
    <message>
        <source>Quit Flowwatch</source>
        <translation>Flowwatch beenden</translation>
    </message>
</context>
<context>
    <name>fw::ui::WatchingView</name>
    <message>
        <source>Watched runs</source>
        <translation>Beobachtete Läufe</translation>
    </message>
    <message>
        <source>No runs are watched yet. Open a run from the browser on the left, or with File → Open run… (Ctrl+O).</source>
        <translation>Noch werden keine Läufe beobachtet. Öffnen Sie einen Lauf im Browser links oder mit Datei → Lauf öffnen… (Strg+O).</translation>
    </message>
</context>
</TS>
