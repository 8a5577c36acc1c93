namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// One column of a fact table: its name, whether it is part of the natural key, and its value for a row. A value
/// that needs no <see cref="LoadScope"/> (no dimension id) is worked out on the decoding thread, ahead of the load.
/// </summary>
public sealed record FactColumn<TRow>(string Name, bool IsKey, Func<TRow, LoadScope, object?> Value, bool UsesScope)
{
    public static FactColumn<TRow> Key(string name, Func<TRow, LoadScope, object?> value) => new(name, true, value, UsesScope: true);

    public static FactColumn<TRow> Key(string name, Func<TRow, object?> value) => new(name, true, (row, _) => value(row), UsesScope: false);

    public static FactColumn<TRow> Of(string name, Func<TRow, LoadScope, object?> value) => new(name, false, value, UsesScope: true);

    public static FactColumn<TRow> Of(string name, Func<TRow, object?> value) => new(name, false, (row, _) => value(row), UsesScope: false);
}
