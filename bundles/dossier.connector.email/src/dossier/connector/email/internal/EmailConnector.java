package dossier.connector.email.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import javax.net.ssl.SSLException;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.Secrets;
import dossier.connector.SourceSpec;
import dossier.connector.http.FetchException;

/**
 * The messages of a mailbox folder over IMAP (Jakarta Mail with Eclipse Angus), oldest first, each captured as an
 * item (see {@link Newsletter}). TLS (IMAPS) with the server's name checked, unless the source allows plain IMAP to a
 * server on this computer; the password is kept in secure storage. A message whose UID was fetched (in the same
 * UIDVALIDITY) is never fetched again: a refresh asks the server only for higher UIDs.
 */
public final class EmailConnector implements Connector {

    static final String CONNECTOR = "email";
    private static final int TIMEOUT_MILLIS = 30_000;

    private record Mailbox(String host, int port, boolean plain, String user, String folder) {
        String address() {
            return (plain ? "imap://" : "imaps://") + host + ":" + port;
        }
    }

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        boolean plain = Boolean.parseBoolean(source.optional("plain", "false"));
        Mailbox mailbox = new Mailbox(source.required("host"), source.positive("port", plain ? 143 : 993), plain,
                source.required("user"), source.optional("folder", "INBOX"));
        if (plain && !onThisComputer(mailbox.host())) {
            throw new ConnectorException("source '" + source.name() + "': plain IMAP is allowed only to a server on"
                    + " this computer; " + mailbox.host() + " needs TLS");
        }
        String password = Secrets.get(CONNECTOR, mailbox.user(), Secrets.PASSWORD).orElseThrow(() -> new ConnectorException(
                "no password kept for the mailbox user " + mailbox.user() + "; keep one with: dossier source password "
                        + CONNECTOR + " " + mailbox.user()));
        Properties properties = properties(source, mailbox);
        MailLibrary.run(() -> {
            Session session = Session.getInstance(properties);
            URLName name = new URLName(mailbox.plain() ? "imap" : "imaps", mailbox.host(), mailbox.port(), null,
                    mailbox.user(), null);
            IMAPStore store = mailbox.plain() ? new IMAPStore(session, name) : new IMAPSSLStore(session, name);
            try {
                store.connect(mailbox.host(), mailbox.port(), mailbox.user(), password);
                read(store, mailbox, source, context);
            } catch (AuthenticationFailedException e) {
                throw new ConnectorException(mailbox.address() + ": the server refused the login of " + mailbox.user()
                        + " (" + oneLine(e.getMessage()) + ")");
            } catch (MessagingException e) {
                throw failure(mailbox, e);
            } finally {
                close(store);
            }
        });
    }

    private static Properties properties(SourceSpec source, Mailbox mailbox) throws ConnectorException {
        String protocol = mailbox.plain() ? "imap" : "imaps";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
        if (!mailbox.plain()) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
            String certificate = source.optional("certificate", null);
            if (certificate != null) {
                properties.put("mail.imaps.ssl.socketFactory", TrustedCertificate.socketFactory(Path.of(certificate)));
            }
        }
        return properties;
    }

    private static void read(IMAPStore store, Mailbox mailbox, SourceSpec source, FetchContext context)
            throws MessagingException, ConnectorException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(mailbox.folder());
        if (!folder.exists()) {
            throw new ConnectorException(mailbox.address() + ": no folder " + mailbox.folder());
        }
        folder.open(Folder.READ_ONLY);
        try {
            long uidValidity = folder.getUIDValidity();
            SeenMessages seen = SeenMessages.of(source.id());
            long first = seen.firstNew(uidValidity);
            Message[] messages = folder.getMessagesByUID(first, UIDFolder.MAXUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(messages, profile);
            int limit = source.positive("limit", 100);
            long last = first - 1;
            int taken = 0;
            for (Message message : messages) {
                if (taken >= limit || context.monitor().isCanceled()) {
                    break;
                }
                long uid = folder.getUID(message);
                if (uid < first) {
                    continue; // "first:*" answers the last message when there is none above it
                }
                String address = "imap://" + URLEncoder.encode(mailbox.user(), StandardCharsets.UTF_8) + "@"
                        + mailbox.host() + ":" + mailbox.port() + "/" + URLEncoder.encode(mailbox.folder(),
                                StandardCharsets.UTF_8) + ";UIDVALIDITY=" + uidValidity + "/;UID=" + uid;
                try {
                    context.capture(Newsletter.capture((MimeMessage) message, address));
                } catch (IOException | MessagingException | RuntimeException e) {
                    context.warn("message " + uid + " could not be read (" + oneLine(e.getMessage()) + ")");
                }
                last = Math.max(last, uid);
                taken++;
            }
            new SeenMessages(uidValidity, Math.max(last, uidValidity == seen.uidValidity() ? seen.lastUid() : 0))
                    .remember(source.id());
        } catch (BackingStoreException e) {
            throw new ConnectorException("source '" + source.name() + "': cannot note the messages fetched: "
                    + e.getMessage(), e);
        } finally {
            folder.close(false);
        }
    }

    private static boolean onThisComputer(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A connection that failed: what the user can do about it, in one line. */
    private static FetchException failure(Mailbox mailbox, MessagingException e) {
        Throwable cause = e.getNextException() != null ? e.getNextException() : e.getCause();
        if (cause instanceof SSLException) {
            return new FetchException(mailbox.address() + ": no TLS connection (" + oneLine(cause.getMessage()) + ")"
                    + (onThisComputer(mailbox.host()) ? "; a local server without TLS needs the plain parameter"
                            + " set to true" : ""));
        }
        if (cause instanceof ConnectException) {
            return new FetchException(mailbox.address() + ": cannot connect (" + oneLine(cause.getMessage()) + ")");
        }
        if (cause instanceof UnknownHostException) {
            return new FetchException(mailbox.address() + ": host not found");
        }
        if (cause instanceof SocketTimeoutException) {
            return new FetchException(mailbox.address() + ": no answer within " + TIMEOUT_MILLIS / 1000 + " s");
        }
        return new FetchException(mailbox.address() + ": " + oneLine(e.getMessage()));
    }

    private static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void close(IMAPStore store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // the fetch is over; a connection that does not close cleanly changes nothing
        }
    }
}
