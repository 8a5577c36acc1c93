using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// One prepared statement driven through SQLite's own API on a Microsoft.Data.Sqlite connection (and inside its
/// transaction): parameters bound by position. The ADO.NET command costs about 8 µs a row in parameter lookup and
/// reader set-up, more than SQLite's insert itself; the hot load loop uses this. Short text is encoded to UTF-8 once
/// into memory the statement owns and bound without a copy (<see cref="NativeBinding"/>); it is freed after the
/// statement is finalized.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int MaxCachedLength = 96;
    private const int MaxCachedStrings = 200_000;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private readonly Dictionary<string, (IntPtr Text, int Length)> _utf8 = new(StringComparer.Ordinal);

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>Binds the value of the 1-based parameter <paramref name="index"/>.</summary>
    public void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => NativeBinding.BindNull(_handle, index),
            long number => NativeBinding.BindInt64(_handle, index, number),
            int number => NativeBinding.BindInt64(_handle, index, number),
            double real => NativeBinding.BindDouble(_handle, index, real),
            string text => BindText(index, text),
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

    public void Dispose()
    {
        _statement.Dispose();
        foreach (var (text, _) in _utf8.Values)
        {
            Marshal.FreeHGlobal(text);
        }

        _utf8.Clear();
    }

    private int BindText(int index, string text)
    {
        if (_utf8.TryGetValue(text, out var native))
        {
            return NativeBinding.BindText(_handle, index, native.Text, native.Length, NativeBinding.Static);
        }

        if (text.Length > MaxCachedLength || _utf8.Count >= MaxCachedStrings)
        {
            return raw.sqlite3_bind_text(_statement, index, Encoding.UTF8.GetBytes(text));
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var copy = Marshal.AllocHGlobal(Math.Max(bytes.Length, 1));
        Marshal.Copy(bytes, 0, copy, bytes.Length);
        _utf8[text] = (copy, bytes.Length);
        return NativeBinding.BindText(_handle, index, copy, bytes.Length, NativeBinding.Static);
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
        }
    }
}
