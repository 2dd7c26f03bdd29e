package dossier.service.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;

import dossier.casefile.HeldWorkspace;
import dossier.cli.CommandLines;
import dossier.service.ServiceFailure;
import dossier.service.ServiceReply;
import dossier.service.forward.Frames;

/**
 * Commands forwarded by the launcher ({@code POST /command}): each runs as a job on the held workspace, its output
 * streamed back as {@link Frames} while it prints; {@code POST /command/cancel} cancels one, as Ctrl+C does.
 */
final class CommandRuns {

    private record Run(Job job, AtomicReference<Thread> thread, BlockingQueue<Frames.Frame> frames) {
    }

    private final HeldWorkspace held;
    private final Map<String, Run> running = new ConcurrentHashMap<>();

    CommandRuns(HeldWorkspace held) {
        this.held = held;
    }

    void run(HttpExchange exchange, CheckedRequest request) throws ServiceFailure, IOException {
        JsonObject body = request.json();
        String[] args = arguments(body);
        Path workingDirectory = Path.of(CheckedRequest.string(body, "cwd", ""));
        if (!workingDirectory.isAbsolute()) {
            throw new ServiceFailure(400, "'cwd' must be an absolute path");
        }
        String id = Tokens.newToken();
        BlockingQueue<Frames.Frame> frames = new LinkedBlockingQueue<>();
        frames.add(new Frames.Frame(Frames.ID, id.getBytes(StandardCharsets.UTF_8)));
        AtomicReference<Thread> thread = new AtomicReference<>();
        Job job = Job.create("dossier " + String.join(" ", args), monitor -> {
            thread.set(Thread.currentThread());
            PrintStream out = new PrintStream(new FrameOutput(frames, Frames.OUT), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FrameOutput(frames, Frames.ERR), true, StandardCharsets.UTF_8);
            int exit = CommandLines.runForCaller(args, held.workspace().folder(), workingDirectory, out, err);
            held.workDone(); // saved before the caller hears the exit code
            if (monitor.isCanceled()) {
                err.println("dossier: cancelled");
                exit = Frames.CANCELLED;
            }
            out.flush();
            err.flush();
            frames.add(new Frames.Frame(Frames.EXIT, Integer.toString(exit).getBytes(StandardCharsets.US_ASCII)));
            return Status.OK_STATUS;
        });
        running.put(id, new Run(job, thread, frames));
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0);
        job.schedule();
        try (DataOutputStream stream = new DataOutputStream(exchange.getResponseBody())) {
            for (Frames.Frame frame = take(frames); frame != null; frame = take(frames)) {
                Frames.write(stream, frame.kind(), frame.bytes());
                stream.flush();
                if (frame.kind() == Frames.EXIT) {
                    break;
                }
            }
        } catch (IOException e) {
            cancel(id); // the caller is gone
        } finally {
            running.remove(id);
        }
    }

    ServiceReply cancel(JsonObject body) throws ServiceFailure {
        String id = CheckedRequest.string(body, "id", "");
        if (!cancel(id)) {
            throw new ServiceFailure(404, "no command with that id is running");
        }
        return ServiceReply.ok(Map.of("cancelled", true));
    }

    private boolean cancel(String id) {
        Run run = running.get(id);
        if (run == null) {
            return false;
        }
        if (run.job().cancel()) { // it had not started: it never will
            run.frames().add(new Frames.Frame(Frames.ERR, "dossier: cancelled\n".getBytes(StandardCharsets.UTF_8)));
            run.frames().add(new Frames.Frame(Frames.EXIT,
                    Integer.toString(Frames.CANCELLED).getBytes(StandardCharsets.US_ASCII)));
            return true;
        }
        Thread thread = run.thread().get();
        if (thread != null) {
            thread.interrupt();
        }
        return true;
    }

    /** Cancels every running command (the service is closing). */
    void cancelAll() {
        running.keySet().forEach(this::cancel);
    }

    private static String[] arguments(JsonObject body) throws ServiceFailure {
        JsonElement args = body.get("args");
        if (args == null || !args.isJsonArray()) {
            throw new ServiceFailure(400, "'args' must be an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonElement arg : (JsonArray) args) {
            if (!arg.isJsonPrimitive() || !arg.getAsJsonPrimitive().isString()) {
                throw new ServiceFailure(400, "'args' must be an array of strings");
            }
            list.add(arg.getAsString());
        }
        return list.toArray(String[]::new);
    }

    private static Frames.Frame take(BlockingQueue<Frames.Frame> frames) {
        try {
            return frames.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** What a command prints, queued as frames of one kind. */
    private static final class FrameOutput extends OutputStream {

        private final BlockingQueue<Frames.Frame> frames;
        private final byte kind;

        FrameOutput(BlockingQueue<Frames.Frame> frames, byte kind) {
            this.frames = frames;
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            byte[] copy = new byte[length];
            System.arraycopy(bytes, offset, copy, 0, length);
            frames.add(new Frames.Frame(kind, copy));
        }
    }
}
