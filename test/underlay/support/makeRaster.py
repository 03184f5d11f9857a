# Writes an RGB GeoTIFF for the underlay tests: one colour, with a 2-cell-wide stripe of a second colour
# down the middle column, tiled, with overviews. Arguments: out, srs (proj4 or EPSG:n), west, north, pixel
# size, width, height, r, g, b, stripe r, g, b[, 'no-overviews'].
import sys
import numpy
from osgeo import gdal, osr

out, srs_text, west, north, pixel, width, height = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
fill = [int(v) for v in sys.argv[8:11]]
stripe = [int(v) for v in sys.argv[11:14]]
srs = osr.SpatialReference()
if srs_text.startswith('EPSG:'):
    srs.ImportFromEPSG(int(srs_text[5:]))
else:
    srs.ImportFromProj4(srs_text)
driver = gdal.GetDriverByName('GTiff')
ds = driver.Create(out, width, height, 3, gdal.GDT_Byte, ['TILED=YES', 'COMPRESS=DEFLATE', 'PHOTOMETRIC=RGB'])
ds.SetGeoTransform([west, pixel, 0, north, 0, -pixel])
ds.SetProjection(srs.ExportToWkt())
for band in range(3):
    data = numpy.full((height, width), fill[band], dtype=numpy.uint8)
    mid = width // 2
    data[:, mid - width // 40: mid + width // 40] = stripe[band]
    ds.GetRasterBand(band + 1).WriteArray(data)
if sys.argv[14:15] != ['no-overviews']:
    ds.BuildOverviews('AVERAGE', [2, 4, 8, 16])
ds = None
