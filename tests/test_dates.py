"""Dates: absolute forms, partial ones resolved only with a reference year, relative words."""

from datetime import date

from kg.extract.dates import find_dates, resolve_relative


def isos(text, ref=None):
    return [(d.iso_start, d.iso_end) for d in find_dates(text, ref)]


def test_absolute_forms():
    assert isos("held on 18-19 June 2013 in Geneva") == [("2013-06-18", "2013-06-19")]
    assert isos("the May 4-6, 2012 summit") == [("2012-05-04", "2012-05-06")]
    assert isos("in September 2005") == [("2005-09", "2005-09")]
    assert isos("on 17 December 2015.") == [("2015-12-17", "2015-12-17")]
    assert isos("Comunicado | 4 de septiembre de 2014") == [("2014-09-04", "2014-09-04")]


def test_partial_dates_need_a_reference_year():
    assert isos("from 4-6 November") == [(None, None)]
    assert isos("from 4-6 November", date(2010, 11, 4)) == [("2010-11-04", "2010-11-06")]
    assert isos("on 4th of September", date(2014, 9, 4)) == [("2014-09-04", "2014-09-04")]
    # Written in December about early January: next year.
    assert isos("on 2-3 January", date(2020, 12, 20)) == [("2021-01-02", "2021-01-03")]


def test_may_alone_is_not_a_date():
    assert isos("Governments may meet again") == []


def test_relative_words():
    ref = date(2011, 12, 6)  # a Tuesday
    found = {d.iso_start for d in resolve_relative("yesterday, tomorrow and on Wednesday", ref)}
    assert found == {"2011-12-05", "2011-12-07"}
    assert resolve_relative("Last October", ref)[0].iso_start == "2011-10"
    assert resolve_relative("last December", ref)[0].iso_start == "2010-12"
