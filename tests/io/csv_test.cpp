#include "io/csv.h"

#include <gtest/gtest.h>

using namespace turnabout;

TEST(Csv, ReadsQuotedFieldsLineBreaksAndDoubledQuotesWithLineNumbers)
{
    auto table = io::parse_csv("\xEF\xBB\xBFName,Email,Notes\r\nAna Lima,ana@example.org,\"Likes \"\"pair\"\" work,\nand tea\"\r\n\r\nBen Osei , ben@example.org ,\r\n");
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->header, (std::vector<std::string>{"Name", "Email", "Notes"}));
    ASSERT_EQ(table->rows.size(), 2u);
    EXPECT_EQ(table->rows[0].line, 2u);
    EXPECT_EQ(table->rows[0].cells[2], "Likes \"pair\" work,\nand tea");
    EXPECT_EQ(table->rows[1].line, 5u);
    EXPECT_EQ(table->rows[1].cells[0], "Ben Osei");
    EXPECT_EQ(table->rows[1].cells[1], "ben@example.org");
}

TEST(Csv, ReadsSemicolonSeparatedSpreadsheetExports)
{
    auto table = io::parse_csv("Name;Email\nAna;ana@example.org\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows[0].cells, (std::vector<std::string>{"Ana", "ana@example.org"}));
}

TEST(Csv, RefusesWhatItCannotReadWithTheReason)
{
    EXPECT_EQ(io::parse_csv("").error().code, "csv_empty");
    EXPECT_EQ(io::parse_csv("Name\n\"Ana\n").error().code, "csv_unterminated_quote");
    auto latin1 = io::parse_csv("Name\nZo\xeb\n");
    EXPECT_EQ(latin1.error().code, "csv_encoding");
    EXPECT_NE(latin1.error().message.find("CSV UTF-8"), std::string::npos);
}

TEST(Csv, WritesCellsSpreadsheetsReadBackAndNeverRunAsFormulas)
{
    EXPECT_EQ(io::csv_cell("plain"), "plain");
    EXPECT_EQ(io::csv_cell("a,b"), "\"a,b\"");
    EXPECT_EQ(io::csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(io::csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    auto back = io::parse_csv("A,B\n" + io::csv_line({"x,y", "line\nbreak"}));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->rows[0].cells, (std::vector<std::string>{"x,y", "line\nbreak"}));
}
