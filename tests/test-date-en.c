/* test-date-en.c: the date extractor on English constructions
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unless a row says otherwise the article is dated Wednesday 2025-09-03.
 */

#include "config.h"

#include "test-date-common.h"

#define DCT "2025-09-03"

static const DateRow rows[] = {
  /* Full and partial dates */
  { "The treaty was signed on September 3, 2025 in Geneva.", DCT,
    { { "September 3, 2025", "2025-09-03", "day", "", "absolute", "2025-09-03", "2025-09-03" } } },
  { "Talks resumed on 3 September 2025 after a pause.", DCT,
    { { "3 September 2025", "2025-09-03", "day", "", "absolute" } } },
  { "The vote is set for Sept. 3, officials said.", DCT,
    { { "Sept. 3", "2025-09-03", "day", "", "underspecified" } } },
  { "Troops withdrew by June 19 under the deal.", DCT,
    { { "June 19", "2025-06-19", "day", "", "underspecified" } } },
  { "The memo is dated Wednesday, September 3, 2025.", DCT,
    { { "Wednesday, September 3, 2025", "2025-09-03", "day", "", "absolute" } } },
  { "The filing of 09/03/2025 was late.", DCT,
    { { "09/03/2025", "2025-09-03", "day", "", "absolute" } } },
  { "The filing of 13/09/2025 was late.", DCT,
    { { "13/09/2025", "2025-09-13", "day", "", "absolute" } } },
  { "Records from 2025-09-03 show a spike.", DCT,
    { { "2025-09-03", "2025-09-03", "day", "", "absolute" } } },

  /* Months, years, decades, centuries */
  { "Inflation peaked in June 2024, the bank said.", DCT,
    { { "June 2024", "2024-06", "month", "", "absolute", "2024-06-01", "2024-06-30" } } },
  { "The strikes began in June and spread.", DCT,
    { { "June", "2025-06", "month", "", "underspecified" } } },
  { "The company went bankrupt in 2024.", DCT,
    { { "2024", "2024", "year", "", "absolute" } } },
  { "Growth was strong in the 1990s.", DCT,
    { { "1990s", "199", "decade", "", "absolute", "1990-01-01", "1999-12-31" } } },
  { "It was the bloodiest war of the 20th century.", DCT,
    { { "20th century", "19", "century", "", "absolute" } } },

  /* Quarters and seasons */
  { "Revenue rose 4% in Q3 2024.", DCT,
    { { "Q3 2024", "2024-Q3", "quarter", "", "absolute", "2024-07-01", "2024-09-30" } } },
  { "Losses narrowed in the first quarter of 2025.", DCT,
    { { "first quarter of 2025", "2025-Q1", "quarter", "", "absolute" } } },
  { "The summer of 2023 was the hottest on record.", DCT,
    { { "summer of 2023", "2023-SU", "season", "", "absolute" } } },

  /* Deictic and relative */
  { "Today the court rules; yesterday it heard the case; tomorrow it rests.", DCT,
    { { "Today", "2025-09-03", "day", "", "relative" },
      { "yesterday", "2025-09-02", "day", "", "relative" },
      { "tomorrow", "2025-09-04", "day", "", "relative" } } },
  { "The minister resigned on Tuesday.", DCT,
    { { "Tuesday", "2025-09-02", "day", "", "relative" } } },
  { "Police made arrests last Friday.", DCT,
    { { "last Friday", "2025-08-29", "day", "", "relative" } } },
  { "The envoy will fly to Kyiv next Monday.", DCT,
    { { "next Monday", "2025-09-08", "day", "", "relative" } } },
  { "Exports fell this year and last month.", DCT,
    { { "this year", "2025", "year", "", "relative" },
      { "last month", "2025-08", "month", "", "relative" } } },
  { "Parliament will debate it next week.", DCT,
    { { "next week", "2025-W37", "week", "", "relative", "2025-09-08", "2025-09-14" } } },
  { "The ship sank three weeks ago.", DCT,
    { { "three weeks ago", "2025-08-13", "day", "", "relative" } } },
  { "Results are due in two months.", DCT,
    { { "two months", "2025-11-03", "day", "", "relative" } } },
  { "It happened the day before yesterday.", DCT,
    { { "day before yesterday", "2025-09-01", "day", "", "relative" } } },
  { "Storms hit the coast last weekend.", DCT,
    { { "last weekend", "2025-W35-WE", "week", "", "relative", "2025-08-30", "2025-08-31" } } },
  { "Prices doubled over the past three years.", DCT,
    { { "past three years", "2022-09-03/2025-09-02", "day", "", "relative" } } },

  /* Ranges and modifiers */
  { "Prices rose from June to August 2024.", DCT,
    { { "June to August 2024", "2024-06/2024-08", "month", "", "absolute", "2024-06-01", "2024-08-31" } } },
  { "The coalition ruled between 2014 and 2016.", DCT,
    { { "2014 and 2016", "2014/2016", "year", "", "absolute" } } },
  { "Output fell over 2014~2018, the survey shows.", DCT,
    { { "2014~2018", "2014/2018", "year", "", "absolute", "2014-01-01", "2018-12-31" } } },
  { "The fare applies from Feb. 1 to March 2026.", DCT,
    { { "Feb. 1 to March 2026", "2026-02-01/2026-03", "day", "", "absolute", "2026-02-01", "2026-03-31" } } },
  { "He served between January 1st 2015 and Feb 2018.", DCT,
    { { "January 1st 2015 and Feb 2018", "2015-01-01/2018-02", "day", "", "absolute", "2015-01-01", "2018-02-28" } } },
  { "The plan was announced in early 2024.", DCT,
    { { "early 2024", "2024", "year", "START", "absolute", "2024-01-01", "2024-04-30" } } },
  { "The government fell late last year.", DCT,
    { { "late last year", "2024", "year", "END", "relative" } } },
  { "Talks stalled in mid-June.", DCT,
    { { "mid-June", "2025-06", "month", "MID", "underspecified" } } },
  { "She has lived in Lima since 2019.", DCT,
    { { "since 2019", "2019", "year", "ON_OR_AFTER", "absolute" } } },

  /* A number after an ordinary word starts a date as well. */
  { "Ministers met 3 September 2025 in Oslo.", DCT,
    { { "3 September 2025", "2025-09-03", "day", "", "absolute" } } },
  /* "next" is the next week's, as news agendas write it. */
  { "The verdict is expected next Friday.", DCT,
    { { "next Friday", "2025-09-12", "day", "", "relative" } } },
  { "Tourism peaks from May to September.", DCT,
    { { "May to September", "2025-05/2025-09", "month", "", "underspecified" } } },
  { "The year 2008 changed banking.", DCT,
    { { "year 2008", "2008", "year", "", "absolute" } } },

  /* Parts of the current period, cut at the publication day */
  { "The minister promised a decision later this month.", DCT,
    { { "later this month", "2025-09-16/2025-09-30", "day", "", "relative", "2025-09-16", "2025-09-30" } } },
  { "Shares fell earlier this week.", DCT,
    { { "earlier this week", "2025-09-01/2025-09-02", "day", "", "relative" } } },
  { "Sales slowed earlier this year, the firm said.", DCT,
    { { "earlier this year", "2025-01-01/2025-06-30", "day", "", "relative" } } },
  { "A vote is expected later in the year.", DCT,
    { { "later in the year", "2025-09-03/2025-12-31", "day", "", "relative" } } },
  { "Offices stay closed for the rest of the week.", DCT,
    { { "rest of the week", "2025-09-03/2025-09-07", "day", "", "relative" } } },
  { "Flights are cancelled for the remainder of the month; the remaining staff stay.", DCT,
    { { "remainder of the month", "2025-09-03/2025-09-30", "day", "", "relative" } } },
  { "Sales fell earlier last month.", DCT,
    { { "earlier last month", "2025-08-01/2025-08-15", "day", "", "relative" } } },
  { "The two leaders spoke the same week.", DCT,
    { { "same week", "2025-W36", "week", "", "relative" } } },
  { "Prices soared in the noughties; it rained on our weekend.", DCT,
    { { "noughties", "200", "decade", "", "absolute" },
      { "weekend", "2025-W36-WE", "week", "", "relative" } } },
  { "Markets were calm that weekend.", DCT,
    { { "weekend", "2025-W36-WE", "week", "", "relative", "2025-09-06", "2025-09-07" } } },
  { "Flights were grounded for the day.", DCT,
    { { "day", "2025-09-03", "day", "", "relative" } } },
  { "Talks were set for the week beginning September 8.", DCT,
    { { "week beginning September 8", "2025-W37", "week", "", "underspecified", "2025-09-08", "2025-09-14" } } },
  /* ... and nothing to tag without a period after them */
  { "Later, the same officials said the rest was earlier work.", DCT, { { NULL } } },
  { "He stayed for the year and then for the day of the vote.", DCT, { { NULL } } },

  /* Decades with an apostrophe; decades counted whole */
  { "Growth was weak in the 1970's and the 80’s.", DCT,
    { { "1970's", "197", "decade", "", "absolute", "1970-01-01", "1979-12-31" },
      { "80’s", "198", "decade", "", "absolute" } } },
  { "The reactor will run for the next two decades.", DCT,
    { { "next two decades", "203/204", "decade", "", "relative", "2030-01-01", "2049-12-31" } } },
  { "The runner finished in 90 s flat.", DCT, { { NULL } } },

  /* Ranges that end or start now */
  { "Prices have risen between January 2025 and now.", DCT,
    { { "January 2025 and now", "2025-01/2025-09-03", "month", "", "relative", "2025-01-01", "2025-09-03" } } },
  { "Talks may resume between now and November 15.", DCT,
    { { "now and November 15", "2025-09-03/2025-11-15", "day", "", "relative", "2025-09-03", "2025-11-15" } } },
  { "Now the minister says that it was all fine.", DCT, { { NULL } } },

  /* The first or last units of a period, and its n-th month */
  { "Rooms are booked for the first two weeks of 2026.", DCT,
    { { "first two weeks of 2026", "2026-W01/2026-W02", "week", "", "absolute", "2025-12-29", "2026-01-11" } } },
  { "Results for the last four months of 2024 were weak.", DCT,
    { { "last four months of 2024", "2024-09/2024-12", "month", "", "absolute", "2024-09-01", "2024-12-31" } } },
  { "The review is due in the 9th month of next year.", DCT,
    { { "9th month of next year", "2026-09", "month", "", "relative" } } },
  { "The first two players of the team left.", DCT, { { NULL } } },

  /* "after next", a weekday of next week, numeric ranges and dates in names */
  { "The deal closes Friday after next.", DCT,
    { { "Friday after next", "2025-09-12", "day", "", "relative" } } },
  { "The vote moves to March after next.", DCT,
    { { "March after next", "2027-03", "month", "", "relative" } } },
  { "We will meet on Tuesday, next week.", DCT,
    { { "Tuesday, next week", "2025-09-09", "day", "", "relative" } } },
  { "I leave from 5/1/2024-5/7/2025 and call 555-12-34-56.", DCT,
    { { "5/1/2024-5/7/2025", "2024-05-01/2025-05-07", "day", "", "absolute" } } },
  { "The period 10/1-11/2/2024 was quiet.", DCT,
    { { "10/1-11/2/2024", "2024-10-01/2024-11-02", "day", "", "absolute" } } },
  { "It was filed 08/12,2015 by the clerk.", DCT,
    { { "08/12,2015", "2015-08-12", "day", "", "absolute" } } },
  { "See sales-2024-05-17.pdf for the figures.", DCT,
    { { "2024-05-17", "2024-05-17", "day", "", "absolute" } } },
  { "Part XR-2024-05-170 shipped after 1/2-3/4 of the tests.", DCT, { { NULL } } },

  /* Ranges: a bare day at either end, an end with a part, "to date" */
  { "Talks ran from April 9th through the 17th.", DCT,
    { { "April 9th through the 17th", "2025-04-09/2025-04-17", "day", "", "underspecified" } } },
  { "Offices close from 4 to September 22.", DCT,
    { { "4 to September 22", "2025-09-04/2025-09-22", "day", "", "underspecified" } } },
  { "The ban applied from 2007 to the end of 2008.", DCT,
    { { "2007 to the end of 2008", "2007/2008-12-31", "year", "", "absolute", "2007-01-01", "2008-12-31" } } },
  { "Sales have doubled from March to date.", DCT,
    { { "March to date", "2025-03/2025-09-02", "month", "", "relative", "2025-03-01", "2025-09-02" } } },

  /* Years and days in words, fortnights */
  { "They left in nineteen ninety six and came back in two thousand and fifteen.", DCT,
    { { "nineteen ninety six", "1996", "year", "", "absolute" },
      { "two thousand and fifteen", "2015", "year", "", "absolute" } } },
  { "She was born on twenty five January nineteen eighty six.", DCT,
    { { "twenty five January nineteen eighty six", "1986-01-25", "day", "", "absolute" } } },
  { "January first 2000 was quiet.", DCT,
    { { "January first 2000", "2000-01-01", "day", "", "absolute" } } },
  { "The ceasefire collapsed a fortnight later.", DCT,
    { { "a fortnight later", "2025-09-17", "day", "", "relative" } } },
  { "In two thousand cases one May morning, nothing happened.", DCT, { { NULL } } },

  /* "this upcoming", weekdays with a written day, "year to date" */
  { "Let's meet this upcoming Friday.", DCT,
    { { "this upcoming Friday", "2025-09-05", "day", "", "relative" } } },
  { "The hearing is on Wednesday the thirty first.", DCT,
    { { "Wednesday the thirty first", "2025-12-31", "day", "", "underspecified" } } },
  { "We stay from this Friday 9/5 to next Sunday 9/14.", DCT,
    { { "this Friday 9/5 to next Sunday 9/14", "2025-09-05/2025-09-14", "day", "", "underspecified" } } },
  { "It rained last sept.", DCT,
    { { "last sept", "2024-09", "month", "", "relative" } } },
  { "The summit ran Nov-Feb 5th, 2017.", DCT,
    { { "Nov-Feb 5th, 2017", "2016-11/2017-02-05", "month", "", "absolute", "2016-11-01", "2017-02-05" } } },
  { "Stocks are down 20% in the year to date.", DCT,
    { { "year to date", "2025-01-01/2025-09-02", "day", "", "relative" } } },

  { "The results come in a couple of days.", DCT,
    { { "a couple of days", "2025-09-05", "day", "", "relative" } } },
  /* Spaced year and month, a bare day closing a clause, compact dates in names */
  { "Figures for 2024 / 11 were revised.", DCT,
    { { "2024 / 11", "2024-11", "month", "", "absolute" } } },
  { "The ban runs until the 27.", DCT,
    { { "27", "2025-09-27", "day", "", "underspecified" } } },
  { "See report-20250302.html for details.", DCT,
    { { "20250302", "2025-03-02", "day", "", "absolute" } } },
  { "The vote was last week, on Tuesday.", DCT,
    { { "last week, on Tuesday", "2025-08-26", "day", "", "relative" } } },
  /* A span counted from a day; more years and decades in words */
  { "The border stays shut for two weeks starting September 8.", DCT,
    { { "two weeks starting September 8", "2025-09-08/2025-09-21", "day", "", "underspecified" } } },
  { "Offices close for 3 days from today.", DCT,
    { { "3 days from today", "2025-09-03/2025-09-05", "day", "", "relative" } } },
  { "Strikes spread in the nineteen seventies and in one thousand seven hundred and eighty nine.", DCT,
    { { "nineteen seventies", "197", "decade", "", "absolute" },
      { "one thousand seven hundred and eighty nine", "1789", "year", "", "absolute" } } },
  { "Nineteen people waited three days starting a strike.", DCT, { { NULL } } },
  /* Counted weekdays */
  { "The court rules three Fridays from now.", DCT,
    { { "three Fridays from now", "2025-09-19", "day", "", "relative" } } },
  { "It happened 2 Thursdays ago.", DCT,
    { { "2 Thursdays ago", "2025-08-21", "day", "", "relative" } } },
  { "Talks ran July 13 thru 15.", DCT,
    { { "July 13 thru 15", "2025-07-13/2025-07-15", "day", "", "underspecified" } } },

  /* Without a DCT */
  { "The cabinet met on Wednesday.", NULL,
    { { "Wednesday", "XXXX-WXX-3", "day", "", "relative", "?", "?" } } },
  /* a short weekday alone, when it is no other word or has its period */
  { "The vote was on Thu, aides said; results came Fri.", DCT,
    { { "Thu", "2025-08-28", "day", "", "relative" }, { "Fri.", "2025-08-29", "day", "", "relative" } } },
  /* "on weekend" without its article */
  { "Shops will stay open on weekend, the mayor said.", DCT,
    { { "weekend", "2025-W36-WE", "week", "", "relative", "2025-09-06", "2025-09-07" } } },
  /* "the past fortnight" reads as "the past two weeks" */
  { "Cases doubled over the past fortnight.", DCT,
    { { "past fortnight", "2025-08-20/2025-09-02", "day", "", "relative", "2025-08-20", "2025-09-02" } } },
  { "Talks stalled in the last fortnight of August.", DCT,
    { { "last fortnight of August", "2025-W34/2025-W35", "week", "", "underspecified" } } },
  /* "within N units from today" is the window "within N units" */
  { "Repairs will start within 2 weeks from today.", DCT,
    { { "within 2 weeks from today", "2025-09-03/2025-09-16", "day", "", "relative", "2025-09-03", "2025-09-16" } } },
  { "A reply is due within 3 days after tomorrow.", DCT,
    { { "within 3 days after tomorrow", "2025-09-04/2025-09-06", "day", "", "relative", "2025-09-04", "2025-09-06" } } },
  /* "Sat", "Sun" capitalised, with a day: the nearest such day */
  { "The final is on Sat 13th, organisers said.", DCT,
    { { "Sat 13th", "2025-09-13", "day", "", "underspecified" } } },
  /* "this working week": its Monday to Friday */
  { "Strikes will hit rail services this working week.", DCT,
    { { "this working week", "2025-09-01/2025-09-05", "day", "", "relative", "2025-09-01", "2025-09-05" } } },
  /* a number after "$" is an amount; the date after it still counts */
  { "Tickets sold for $12 December 27 at the door.", DCT,
    { { "December 27", "2025-12-27", "day", "", "underspecified" } } },
  /* a number before a unit counts it, after a weekday (the weekday of
   * the week it reaches) or before "next" */
  { "Voting ends Saturday 3 days from now.", DCT,
    { { "Saturday 3 days from now", "2025-09-06", "day", "", "relative" } } },
  { "There will be only 3 next week.", DCT,
    { { "next week", "2025-W37", "week", "", "relative" } } },
  /* "dates back to 1865": a year after "back to" */
  { "The feud dates back to 1865, historians say.", DCT,
    { { "1865", "1865", "year", "", "absolute" } } },
  /* a comma between the month and an ordinal day */
  { "The memo is dated Sunday, March, 6th 2016.", DCT,
    { { "Sunday, March, 6th 2016", "2016-03-06", "day", "", "absolute" } } },
  /* a year after a noun and "of" */
  { "The financial crisis of 2008 hit hard; the floods of 2019 too.", DCT,
    { { "2008", "2008", "year", "", "absolute" }, { "2019", "2019", "year", "", "absolute" } } },
  /* "June the 28th": the article between the month and its day */
  { "The hearing moved to June the 28th 2026.", DCT,
    { { "June the 28th 2026", "2026-06-28", "day", "", "absolute" } } },
  /* "Friday-Sep-12": a weekday joined to its date is no range */
  { "The call is set for Friday-Sep-12 with the board.", DCT,
    { { "Friday", "2025-08-29", "day", "", "relative" }, { "Sep-12", "2025-09-12", "day", "", "underspecified" } } },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  add_date_rows ("/date/en", rows, G_N_ELEMENTS (rows), CR_LANGUAGE_EN);

  return g_test_run ();
}
