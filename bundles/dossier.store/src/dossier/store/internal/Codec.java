package dossier.store.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/** Compact big-endian encoding of record payloads. */
final class Codec {

    private Codec() {
    }

    static final class Encoder {
        byte[] buf = new byte[4096];
        int len;

        Encoder reset() {
            len = 0;
            return this;
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        void u8(int v) {
            ensure(1);
            buf[len++] = (byte) v;
        }

        void i32(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void i64(long v) {
            i32((int) (v >>> 32));
            i32((int) v);
        }

        void raw(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void bytes(byte[] b) {
            if (b == null) {
                i32(-1);
                return;
            }
            i32(b.length);
            raw(b);
        }

        void str(String s) {
            bytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
        }

        void optLong(Long v) {
            u8(v == null ? 0 : 1);
            if (v != null) {
                i64(v);
            }
        }

        void instant(Instant t) {
            u8(t == null ? 0 : 1);
            if (t != null) {
                i64(t.getEpochSecond());
                i32(t.getNano());
            }
        }
    }

    static final class Decoder {
        private final byte[] b;
        private int p;
        private final int end;

        Decoder(byte[] b, int offset, int length) {
            this.b = b;
            this.p = offset;
            this.end = offset + length;
        }

        private void need(int n) {
            if (n < 0 || p + n > end) {
                throw new IllegalStateException("record ends early");
            }
        }

        int u8() {
            need(1);
            return b[p++] & 0xff;
        }

        int i32() {
            need(4);
            int v = ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
            p += 4;
            return v;
        }

        long i64() {
            return ((long) i32() << 32) | (i32() & 0xffffffffL);
        }

        byte[] raw(int n) {
            need(n);
            byte[] r = Arrays.copyOfRange(b, p, p + n);
            p += n;
            return r;
        }

        void skip(int n) {
            need(n);
            p += n;
        }

        byte[] bytes() {
            int n = i32();
            return n < 0 ? null : raw(n);
        }

        /** Skips a length-prefixed field. */
        void skipBytes() {
            int n = i32();
            if (n > 0) {
                skip(n);
            }
        }

        String str() {
            int n = i32();
            if (n < 0) {
                return null;
            }
            need(n);
            String s = new String(b, p, n, StandardCharsets.UTF_8);
            p += n;
            return s;
        }

        Long optLong() {
            return u8() == 0 ? null : i64();
        }

        /** True if the record has bytes left: fields added to a format later are absent from older records. */
        boolean hasMore() {
            return p < end;
        }

        Instant instant() {
            if (u8() == 0) {
                return null;
            }
            long seconds = i64();
            return Instant.ofEpochSecond(seconds, i32());
        }
    }
}
