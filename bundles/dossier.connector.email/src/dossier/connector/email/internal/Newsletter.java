package dossier.connector.email.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import dossier.extract.Article;
import dossier.extract.ArticleExtractor;
import dossier.html.HtmlSanitizer;
import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * The capture of a message: the HTML part sanitized (no scripts, styles, handlers or unsafe links; links kept) is the
 * original, its article extracted like a web page's gives the text and language; a message without HTML keeps its
 * plain text. The Message-ID ({@code mid:} URL, RFC 2392) is its identity, else its IMAP address.
 */
final class Newsletter {

    private String html;
    private String plain;

    private Newsletter() {
    }

    /** {@code imapAddress}: the message's IMAP URL (RFC 5092), its identity when it has no Message-ID. */
    static Capture capture(MimeMessage message, String imapAddress) throws MessagingException, IOException {
        Newsletter parts = new Newsletter();
        parts.read(message);
        String id = message.getMessageID();
        String identity = id == null || id.isBlank() ? imapAddress
                : "mid:" + URLEncoder.encode(id.strip().replaceAll("^<|>$", ""), StandardCharsets.UTF_8);
        Address[] from = message.getFrom();
        InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address
                : null;
        Date sent = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
        String subject = message.getSubject() == null ? "" : message.getSubject();
        String name = sender == null ? null : sender.getPersonal() != null ? sender.getPersonal() : sender.getAddress();
        String address = sender == null ? null : sender.getAddress();
        Instant published = sent == null ? null : sent.toInstant();
        if (parts.html != null) {
            String clean = HtmlSanitizer.sanitize(parts.html, null);
            Article article = ArticleExtractor.extract(clean, null);
            return new Capture(ItemType.ARTICLE, null, identity, subject, name, address, null, published,
                    Instant.now(), article.language().isEmpty() ? null : article.language(), "text/html",
                    clean.getBytes(StandardCharsets.UTF_8), article.text());
        }
        String text = parts.plain == null ? "" : parts.plain.strip();
        return new Capture(ItemType.ARTICLE, null, identity, subject, name, address, null, published, Instant.now(),
                null, "text/plain", text.getBytes(StandardCharsets.UTF_8), text);
    }

    /** Finds the first HTML and plain-text parts that are not attachments. */
    private void read(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                read(multipart.getBodyPart(i));
            }
        } else if (part.isMimeType("text/html") && html == null) {
            html = part.getContent().toString();
        } else if (part.isMimeType("text/plain") && plain == null) {
            plain = part.getContent().toString();
        }
    }
}
