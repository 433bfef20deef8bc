package org.taizhang.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.PgLedgerStore;
import org.taizhang.store.ServerRights;
import org.taizhang.store.ServerRights.Access;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taizhang server …}: what the owner of a server ledger does that a clerk does not: give
 * and take the clerks' and viewers' rights, list them, bring the ledger's schema up to date
 * (docs/decisions/0021, docs/SERVER.md). Each is a thin word over {@link ServerRights}.
 */
final class ServerCommands {
    private ServerCommands() {
    }

    static void addTo(CommandLine cli, CliContext ctx) {
        CommandLine server = new CommandLine(new Server());
        server.addSubcommand("grant", new Grant(ctx));
        server.addSubcommand("revoke", new Revoke(ctx));
        server.addSubcommand("rights", new Rights(ctx));
        server.addSubcommand("upgrade", new Upgrade(ctx));
        cli.addSubcommand("server", server);
    }

    @Command(name = "server", description = "服务器台账的权限与升级（台账所有者使用）/ a server ledger's rights and "
            + "upgrade (for its owner)")
    static final class Server implements Callable<Integer> {
        @picocli.CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "grant | revoke | rights | upgrade");
        }
    }

    /** A command on a server ledger: refuses a file, which has no rights of this kind. */
    abstract static class OnServer extends LedgerCommand {
        OnServer(CliContext ctx) {
            super(ctx);
        }

        LedgerAddress.Server server() {
            if (file instanceof LedgerAddress.Server s) {
                return s;
            }
            throw new LedgerException("server.notAServer", file.display());
        }

        int print(List<ServerRights.Right> rights) {
            ctx.out().println(I18n.text("cli.server.rights", server().ledger()));
            for (ServerRights.Right r : rights) {
                ctx.out().println(I18n.text("cli.server.right", r.role(), I18n.text("server.access." + r.access())));
            }
            return 0;
        }
    }

    @Command(name = "grant", description = "给账号经办（修改）或查看（只读）这本服务器台账的权限，由台账所有者运行 / "
            + "give roles a clerk's or a viewer's rights on the server ledger (run by its owner)")
    static final class Grant extends OnServer {
        @Option(names = "--clerk", paramLabel = "ROLE", split = ",",
                description = "经办账号：可以修改，调整记录只增不改 / a clerk's role: may change the ledger")
        List<String> clerks = List.of();

        @Option(names = "--viewer", paramLabel = "ROLE", split = ",",
                description = "查看账号（领导、督查室）：只读 / a viewer's role: read-only")
        List<String> viewers = List.of();

        Grant(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (clerks.isEmpty() && viewers.isEmpty()) {
                throw new LedgerException("cli.server.noRoles");
            }
            Map<String, Access> roles = new LinkedHashMap<>();
            clerks.forEach(r -> roles.put(r.strip(), Access.CLERK));
            viewers.forEach(r -> roles.put(r.strip(), Access.VIEWER));
            return print(ServerRights.grant(server(), null, roles));
        }
    }

    @Command(name = "revoke", description = "收回账号对这本服务器台账的全部权限 / take every right on the server ledger "
            + "from roles")
    static final class Revoke extends OnServer {
        @Parameters(index = "1..*", paramLabel = "ROLE", arity = "1..*", description = "账号 / roles")
        List<String> roles;

        Revoke(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return print(ServerRights.revoke(server(), null, roles));
        }
    }

    @Command(name = "rights", description = "列出谁对这本服务器台账有什么权限 / list who may do what with the server ledger")
    static final class Rights extends OnServer {
        Rights(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return print(ServerRights.rights(server(), null));
        }
    }

    @Command(name = "upgrade", description = "把服务器台账的结构升级到本版程序的版本，由台账所有者运行 / bring the server "
            + "ledger's schema up to this program's (run by its owner)")
    static final class Upgrade extends OnServer {
        Upgrade(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            LedgerAddress.Server s = server();
            try (PgLedgerStore store = PgLedgerStore.open(s.jdbcUrl(), s.login(null), s.ledger())) {
                ctx.out().println(I18n.text("cli.server.upgraded", s.ledger(), PgLedgerStore.SCHEMA_VERSION));
            }
            return 0;
        }
    }
}
