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

    public int run(String... args) {
        CommandLine cli = new CommandLine(new Root());
        cli.addSubcommand("new", new NewCommand(ctx));
        cli.addSubcommand("demo", new DemoCommand(ctx));
        cli.addSubcommand("list", new ListCommand(ctx));
        cli.addSubcommand("history", new HistoryCommand(ctx));
        cli.addSubcommand("diff", new DiffCommand(ctx));
        cli.addSubcommand("add", new AddCommand(ctx));
        cli.addSubcommand("edit", new EditCommand(ctx));
        cli.addSubcommand("merge", new MergeCommand(ctx));
        cli.addSubcommand("undo", new UndoCommand(ctx));
        cli.addSubcommand("close-out", new CloseOutCommand(ctx));
        cli.addSubcommand("import", new ImportCommand(ctx));
        cli.addSubcommand("export", new ExportCommand(ctx));
        cli.addSubcommand("report", new ReportCommand(ctx));
        cli.addSubcommand("print", new PrintCommand(ctx));
        cli.addSubcommand("verify", new VerifyCommand(ctx));
        cli.addSubcommand("copy", new CopyCommand(ctx));
        cli.addSubcommand("bench", new BenchCommand(ctx));
        cli.addSubcommand("notices", new NoticesCommand(ctx));
        RequestCommands.addTo(cli, ctx);
        ServerCommands.addTo(cli, ctx);
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
