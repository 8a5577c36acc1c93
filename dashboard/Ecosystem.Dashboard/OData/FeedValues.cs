using Microsoft.Data.Sqlite;
using Microsoft.OData.Edm;

namespace Ecosystem.Dashboard.OData;

/// <summary>Reads a warehouse value as the CLR type its EDM property is declared with.</summary>
public static class FeedValues
{
    public static object? Read(SqliteDataReader reader, int ordinal, FeedProperty property)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return property.Kind switch
        {
            EdmPrimitiveTypeKind.Decimal => reader.GetInt64(ordinal) / (decimal)property.Scale,
            EdmPrimitiveTypeKind.Int64 => reader.GetInt64(ordinal),
            EdmPrimitiveTypeKind.Double => reader.GetDouble(ordinal),
            EdmPrimitiveTypeKind.Date => DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => reader.GetString(ordinal),
        };
    }
}
