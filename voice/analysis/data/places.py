"""Places, written for Voice, so redaction keeps them.

A town, county or country on its own is not a personal detail ("we moved to
Stockport", "we came from Poland"), but many are missing from the English
word list, so without this list they would look like unknown, name-like
words. Only the town between a street and a postcode is redacted, as part of
the address.
"""

from __future__ import annotations

from typing import Final

PLACES: Final[frozenset[str]] = frozenset(
    """
    england scotland wales ireland britain uk london birmingham manchester liverpool leeds
    sheffield bristol newcastle nottingham leicester coventry bradford hull stoke
    wolverhampton derby southampton portsmouth plymouth reading luton northampton
    norwich milton keynes swindon brighton hove bournemouth poole oxford cambridge york
    exeter gloucester worcester hereford lincoln peterborough ipswich colchester
    chelmsford southend basildon maidstone canterbury dover folkestone margate ashford
    guildford woking crawley slough watford st albans stevenage hemel hempstead
    bedford wycombe aylesbury banbury swindon bath salisbury taunton truro yeovil
    torquay barnstaple cheltenham stroud telford shrewsbury walsall dudley sandwell
    solihull nuneaton rugby warwick stafford lichfield tamworth burton crewe chester
    warrington wigan bolton bury rochdale oldham stockport tameside trafford salford
    blackburn burnley preston blackpool lancaster morecambe carlisle kendal barrow
    wirral birkenhead southport st helens knowsley sefton halton runcorn widnes
    huddersfield halifax wakefield barnsley rotherham doncaster dewsbury keighley
    harrogate scarborough whitby middlesbrough stockton darlington hartlepool durham
    sunderland gateshead tyneside northumberland grimsby scunthorpe
    mansfield chesterfield worksop grantham boston skegness kettering corby wellingborough
    croydon bromley lewisham greenwich southwark lambeth wandsworth merton sutton
    kingston richmond hounslow ealing hillingdon harrow brent barnet enfield haringey
    islington camden hackney tower hamlets newham redbridge havering barking dagenham
    bexley waltham walthamstow westminster chelsea kensington hammersmith fulham
    tottenham wembley stratford ilford romford edmonton
    glasgow edinburgh aberdeen dundee inverness stirling perth cardiff swansea newport
    wrexham bangor belfast derry
    cornwall devon somerset dorset wiltshire hampshire sussex surrey kent essex suffolk
    norfolk cambridgeshire hertfordshire bedfordshire buckinghamshire berkshire
    oxfordshire gloucestershire herefordshire worcestershire warwickshire
    northamptonshire leicestershire rutland lincolnshire nottinghamshire derbyshire
    staffordshire shropshire cheshire lancashire merseyside cumbria yorkshire
    humberside teesside midlands isle wight wight
    poland romania bulgaria lithuania latvia hungary slovakia czech ukraine russia
    albania kosovo turkey greece italy spain portugal france germany netherlands
    nigeria ghana somalia sudan eritrea ethiopia kenya uganda zimbabwe zambia congo
    cameroon senegal gambia sierra leone egypt morocco algeria libya syria iraq iran
    afghanistan yemen jordan lebanon palestine pakistan india bangladesh nepal
    srilanka sri lanka china hong kong vietnam philippines malaysia japan korea
    jamaica trinidad barbados caribbean america usa canada australia europe africa asia
    lagos abuja accra nairobi mogadishu kabul karachi lahore islamabad dhaka sylhet
    mumbai delhi punjab kerala beijing shanghai warsaw krakow bucharest cluj
    """.split()
)
