namespace Ecosystem.Warehouse.Loading;

/// <summary>One column of a fact table: its name, whether it is part of the natural key, and its value for a row.</summary>
public sealed record FactColumn<TRow>(string Name, bool IsKey, Func<TRow, LoadScope, object?> Value)
{
    public static FactColumn<TRow> Key(string name, Func<TRow, LoadScope, object?> value) => new(name, true, value);

    public static FactColumn<TRow> Key(string name, Func<TRow, object?> value) => new(name, true, (row, _) => value(row));

    public static FactColumn<TRow> Of(string name, Func<TRow, LoadScope, object?> value) => new(name, false, value);

    public static FactColumn<TRow> Of(string name, Func<TRow, object?> value) => new(name, false, (row, _) => value(row));
}
