package org.taizhang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.taizhang.core.LedgerException;
import org.taizhang.store.LedgerAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** A command on one ledger, given first: a file, or a ledger on a server by its address. */
abstract class LedgerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LEDGER", converter = AddressConverter.class,
            description = "台账文件 (.taizhang) 或服务器台账地址 postgresql://用户@服务器/数据库?ledger=台账名"
                    + " / the ledger file, or a server ledger's address")
    LedgerAddress file;

    final CliContext ctx;

    LedgerCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The ledger's file, for what only a file can do. */
    Path filePath() {
        if (file instanceof LedgerAddress.File f) {
            return f.path();
        }
        throw new LedgerException("server.notAFile", file.display());
    }

    /** An address as picocli reads it: a bad one is a usage error with the reason in words. */
    static final class AddressConverter implements ITypeConverter<LedgerAddress> {
        @Override
        public LedgerAddress convert(String value) {
            try {
                return LedgerAddress.parse(value);
            } catch (LedgerException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
