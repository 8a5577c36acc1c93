using System.Runtime.InteropServices;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// SQLite's bind functions called on the raw statement pointer, from the same <c>e_sqlite3</c> library
/// Microsoft.Data.Sqlite loads. SQLitePCL's own wrappers add a safe-handle round trip and copy every text value;
/// the load binds about ten values a row, so <see cref="RawStatement"/> binds through these instead.
/// </summary>
internal static partial class NativeBinding
{
    /// <summary>SQLite does not copy the text: it stays valid until the statement is finalized.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(IntPtr statement, int index, long value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_double")]
    public static partial int BindDouble(IntPtr statement, int index, double value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_null")]
    public static partial int BindNull(IntPtr statement, int index);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_text")]
    public static partial int BindText(IntPtr statement, int index, IntPtr text, int bytes, IntPtr destructor);
}
