package org.taizhang.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line over the same services as the desktop program. Exit code 0 on success; on
 * failure one line on stderr and: 1 for a failure, 2 for wrong usage, 3 when the ledger is found
 * altered (by verify, or by the check before a command writes).
 */
public final class Cli {
    private final CliContext ctx;
    private final PrintWriter err;

    public Cli(Clock clock, ZoneId zone, PrintWriter out, PrintWriter err) {
        this.ctx = new CliContext(clock, zone, out);
        this.err = err;
    }

    @Command(name = "taizhang", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "改革任务台账 / the reform task ledger")
    static final class Root {
        @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
                description = "输出语言 / language of messages")
        void language(String lang) {
            I18n.use(lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }
    }

    /** Every command's name, the first word of a command line. */
    static final java.util.Set<String> ALL = java.util.Set.of("new", "demo", "list", "history", "diff", "add",
            "edit", "merge", "undo", "close-out", "import", "export", "report", "print", "verify", "copy", "bench",
            "notices", "requests", "request", "opinion", "decide", "server");

    /**
     * What a command line can start before it is even read: for {@code export}, POI's classes load
     * on a second core while the options are read and the ledger opened (the practice workbook is
     * what the export's first row waits for). Called again by {@link #run}: once is enough.
     */
    public static void prepare(String... args) {
        if (args.length > 0 && args[0].equals("export")) {
            org.taizhang.exchange.export.WorkbookClasses.loadInBackground();
        }
    }

    public int run(String... args) {
        CommandLine cli = new CommandLine(new Root());
        // Only the command named, when one is: picocli reads every command's annotations as it is
        // added, which a one-off command (export, list) would pay for at each start. Usage and
        // errors (no command, an unknown word, an option first) still see them all.
        String named = args.length > 0 && ALL.contains(args[0]) ? args[0] : null;
        prepare(args);
        java.util.function.BiConsumer<String, java.util.function.Supplier<Object>> add = (name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        };
        add.accept("new", () -> new NewCommand(ctx));
        add.accept("demo", () -> new DemoCommand(ctx));
        add.accept("list", () -> new ListCommand(ctx));
        add.accept("history", () -> new HistoryCommand(ctx));
        add.accept("diff", () -> new DiffCommand(ctx));
        add.accept("add", () -> new AddCommand(ctx));
        add.accept("edit", () -> new EditCommand(ctx));
        add.accept("merge", () -> new MergeCommand(ctx));
        add.accept("undo", () -> new UndoCommand(ctx));
        add.accept("close-out", () -> new CloseOutCommand(ctx));
        add.accept("import", () -> new ImportCommand(ctx));
        add.accept("export", () -> new ExportCommand(ctx));
        add.accept("report", () -> new ReportCommand(ctx));
        add.accept("print", () -> new PrintCommand(ctx));
        add.accept("verify", () -> new VerifyCommand(ctx));
        add.accept("copy", () -> new CopyCommand(ctx));
        add.accept("bench", () -> new BenchCommand(ctx));
        add.accept("notices", () -> new NoticesCommand(ctx));
        if (named == null || RequestCommands.NAMES.contains(named)) {
            RequestCommands.addTo(cli, ctx);
        }
        if (named == null || named.equals("server")) {
            ServerCommands.addTo(cli, ctx);
        }
        // --help before the required parameters: `taizhang import --help` prints the usage, exit 0.
        cli.getSubcommands().values().forEach(sub -> {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
            sub.getSubcommands().values().forEach(inner -> inner.getCommandSpec().mixinStandardHelpOptions(true));
        });
        cli.setOut(ctx.out());
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("taizhang: " + e.getMessage() + " (taizhang "
                    + e.getCommandLine().getCommandName() + " --help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("taizhang: " + oneLine(e));
            err.flush();
            boolean suspect = e instanceof VerifyCommand.SuspectLedger || e instanceof SuspectLedgerException;
            return suspect ? VerifyCommand.SUSPECT : 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("taizhang: " + I18n.text("error.outOfMemory"));
            err.flush();
            return 1;
        } finally {
            ctx.out().flush();
        }
    }

    private static String oneLine(Exception e) {
        String message;
        if (e instanceof LedgerException || e instanceof VerifyCommand.SuspectLedger) {
            message = e.getMessage();
        } else {
            LoggerFactory.getLogger(Cli.class).error("command failed", e);
            message = I18n.text("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return message.replace('\n', ' ');
    }

    /** The program's version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"taizhang " + (v == null ? "dev" : v)};
        }
    }
}
