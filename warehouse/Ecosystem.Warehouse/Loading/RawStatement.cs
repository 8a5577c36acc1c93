using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// One prepared statement driven through SQLite's own API on a Microsoft.Data.Sqlite connection (and inside its
/// transaction): parameters bound by position, UTF-8 of repeated text encoded once. The ADO.NET command costs about
/// 8 µs a row in parameter lookup and reader set-up, more than SQLite's insert itself; the hot load loop uses this.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int MaxCachedLength = 96;
    private const int MaxCachedStrings = 200_000;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds the value of the 1-based parameter <paramref name="index"/>.</summary>
    public void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            double real => raw.sqlite3_bind_double(_statement, index, real),
            string text => raw.sqlite3_bind_text(_statement, index, Utf8(text)),
            _ => throw new ArgumentException($"Cannot bind a {value.GetType().Name}.", nameof(value)),
        };
        Check(rc);
    }

    /// <summary>Runs the statement once and resets it; returns the rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }

        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private ReadOnlySpan<byte> Utf8(string text)
    {
        if (text.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        if (!_utf8.TryGetValue(text, out var bytes))
        {
            bytes = Encoding.UTF8.GetBytes(text);
            if (_utf8.Count < MaxCachedStrings)
            {
                _utf8[text] = bytes;
            }
        }

        return bytes;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
        }
    }
}
