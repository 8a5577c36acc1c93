using Ecosystem.Warehouse.Exports;
using Microsoft.OData.Edm;

namespace Ecosystem.Dashboard.OData;

/// <summary>
/// A property of the OData feed and the warehouse column behind it. Money (<c>*_nanos</c>) is published as a decimal
/// without the suffix and shares (<c>*_ppm</c>) as percentages (<c>*_pct</c>): <see cref="Scale"/> is what the stored
/// integer is divided by. ISO date columns are <c>Edm.Date</c>.
/// </summary>
public sealed record FeedProperty(string Name, string Column, EdmPrimitiveTypeKind Kind, long Scale, bool Nullable, bool IsKey);

/// <summary>An entity set of the feed: one warehouse table.</summary>
public sealed record FeedSet(string Name, EdmEntityType Type, EdmEntitySet EntitySet, IReadOnlyList<FeedProperty> Properties)
{
    public IEnumerable<FeedProperty> Key => Properties.Where(p => p.IsKey);

    public FeedProperty this[string name] => Properties.First(p => p.Name == name);
}

/// <summary>
/// The EDM model of <c>/odata</c>: one entity set per exported warehouse table (facts, dimensions, operations), each
/// keyed by the table's primary key, built from <see cref="TableShapes"/> so <c>$metadata</c> always matches the schema.
/// </summary>
public sealed class FeedModel
{
    public const string Namespace = "Ecosystem.Warehouse";

    /// <summary>Text columns that always hold an ISO date (<c>YYYY-MM-DD</c>) when NOT NULL.</summary>
    private static readonly HashSet<string> DateColumns = ["date", "sale_month", "as_of", "date_start", "date_end", "send_date", "reporting_date", "ingest_date"];

    private FeedModel(IEdmModel model, IReadOnlyDictionary<string, FeedSet> sets) => (Model, Sets) = (model, sets);

    public IEdmModel Model { get; }

    public IReadOnlyDictionary<string, FeedSet> Sets { get; }

    public static FeedModel Build()
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "Warehouse");
        model.AddElement(container);
        var sets = new Dictionary<string, FeedSet>(StringComparer.Ordinal);
        foreach (var table in TableShapes.All)
        {
            var type = new EdmEntityType(Namespace, table.Name);
            var properties = table.Columns.Select(Property).ToList();
            if (!properties.Any(p => p.IsKey))
            {
                properties = properties.Select(p => p with { IsKey = !p.Nullable }).ToList();
            }

            foreach (var property in properties)
            {
                var edm = type.AddStructuralProperty(property.Name, property.Kind == EdmPrimitiveTypeKind.Decimal
                    ? EdmCoreModel.Instance.GetDecimal(38, property.Scale == 1 ? 0 : (int)Math.Log10(property.Scale), property.Nullable)
                    : EdmCoreModel.Instance.GetPrimitive(property.Kind, property.Nullable));
                if (property.IsKey)
                {
                    type.AddKeys(edm);
                }
            }

            model.AddElement(type);
            sets[table.Name] = new FeedSet(table.Name, type, container.AddEntitySet(table.Name, type), properties);
        }

        return new FeedModel(model, sets);
    }

    private static FeedProperty Property(ColumnShape column)
    {
        var nullable = !column.NotNull;
        var isKey = column.KeyPosition > 0;
        if (column.SqlType == "INTEGER" && column.Name.EndsWith("_nanos", StringComparison.Ordinal))
        {
            return new FeedProperty(column.Name[..^"_nanos".Length], column.Name, EdmPrimitiveTypeKind.Decimal, 1_000_000_000, nullable, isKey);
        }

        if (column.SqlType == "INTEGER" && column.Name.EndsWith("_ppm", StringComparison.Ordinal))
        {
            return new FeedProperty(column.Name[..^"_ppm".Length] + "_pct", column.Name, EdmPrimitiveTypeKind.Decimal, 10_000, nullable, isKey);
        }

        var kind = column.SqlType switch
        {
            "INTEGER" => EdmPrimitiveTypeKind.Int64,
            "REAL" => EdmPrimitiveTypeKind.Double,
            "TEXT" when column.NotNull && DateColumns.Contains(column.Name) => EdmPrimitiveTypeKind.Date,
            _ => EdmPrimitiveTypeKind.String,
        };
        return new FeedProperty(column.Name, column.Name, kind, 1, nullable, isKey);
    }
}
